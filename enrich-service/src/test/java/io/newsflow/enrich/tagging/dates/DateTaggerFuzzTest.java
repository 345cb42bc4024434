package io.newsflow.enrich.tagging.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.DateMention;
import io.newsflow.enrich.tagging.dates.DateRule.StartWord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vocabulary word, in each spelling an article may use, next to every word a rule looks for around it: the
 * tagger must never throw (a throw sends the article to the dead-letter topic) and every mention must be the text
 * at its offsets. New vocabulary words and new start words are covered here without writing a case for them.
 */
class DateTaggerFuzzTest {

    /**
     * Article dates near the edges of the calendar arithmetic: a leap day, New Year's Eve, a Monday in week 1. Each
     * word gets one of them, which keeps the test to seconds.
     */
    private static final List<LocalDate> ARTICLE_DATES = List.of(LocalDate.of(2000, 2, 29),
            LocalDate.of(1989, 12, 31), LocalDate.of(2024, 1, 1));
    /** Words the rules look for around a calendar or number word, besides every start word. */
    private static final List<String> CUES = List.of("5", "31", "1996", "19th", "5-7", "3:30", "ago", "of", "and",
            "to", "through", "between", "in", "since", "mid", "year", "years", "week", "month", "decade", "day",
            "days", "hours", "quarter", "half", "century", "period", "morning", "night", "p.m.", "EDT", "'s",
            "percent", "fiscal", "thousand", "earlier", "ago,", "-", ",");
    /** How a word and a cue are put together; {w} is the vocabulary word, {c} the cue. */
    private static final List<String> SHAPES = List.of("{c} {w} 5", "5 {w} {c}", "{c} {w} 5-7, 1996",
            "{c}-{w}-{c}", "the {c} {w} quarter of 1996", "{w} {c} ago", "between {w} 3 and {c} 5",
            "{c} {w} nineteen {w}", "the year two thousand and {w} {c}", "{w}, {c} {w} {c}");

    final DateTagger tagger = new DateTagger();

    @ParameterizedTest
    @MethodSource("vocabulary")
    void the_tagger_never_throws_and_every_mention_is_its_text(String word) {
        String text = phrasesWith(word);
        LocalDate articleDate = ARTICLE_DATES.get(Math.floorMod(word.hashCode(), ARTICLE_DATES.size()));

        List<DateMention> mentions = tagger.tag(text, articleDate);

        assertThat(mentions).isNotEmpty().allSatisfy(mention -> {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            assertThat(mention.value()).isNotBlank();
        });
    }

    /** Every calendar and number word, in lower case and capitalised; month words also as "JAN.". */
    static Stream<String> vocabulary() {
        var words = new TreeSet<String>();
        Stream.of(CalendarWords.monthWords(), CalendarWords.weekdayWords(), CalendarWords.countWords(),
                CalendarWords.ordinalWords(), CalendarWords.decadeWords(), CalendarWords.seasonWords()).flatMap(Set::stream)
                .forEach(word -> {
                    words.add(word);
                    words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
                });
        CalendarWords.monthWords().forEach(word -> words.add(word.toUpperCase(Locale.ROOT) + "."));
        return words.stream();
    }

    private static String phrasesWith(String word) {
        var cues = new ArrayList<>(CUES);
        Arrays.stream(StartWord.values()).map(StartWords::of).forEach(cues::addAll);
        var text = new StringBuilder();
        for (String cue : new TreeSet<>(cues)) {
            for (String shape : SHAPES) {
                text.append(shape.replace("{w}", word).replace("{c}", cue)).append(". ");
            }
            text.append('\n');
        }
        return text.toString();
    }
}

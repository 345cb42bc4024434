package io.newsflow.enrich.tagging.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.tagging.dates.DateRule.StartWord;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The start-word index lets a rule run on any word it knows, and the rule then hands that word to a lookup: a word
 * known to the index but not to the lookup once threw and sent the article to the dead-letter topic.
 */
class CalendarWordsTest {

    @Test
    void every_month_start_word_is_a_month_in_every_case_with_or_without_a_full_stop() {
        assertThat(StartWords.of(StartWord.MONTH)).isNotEmpty().allSatisfy(word -> {
            assertThat(CalendarWords.month(word)).as(word).isPresent();
            assertThat(CalendarWords.month(capitalised(word))).as(word).isPresent();
            assertThat(CalendarWords.month(word.toUpperCase(Locale.ROOT) + ".")).as(word).isPresent();
        });
    }

    @Test
    void every_month_start_word_matches_the_month_pattern_and_every_full_month_the_full_pattern() {
        var monthName = Pattern.compile(CalendarWords.MONTH_NAME);
        var fullMonthName = Pattern.compile(CalendarWords.FULL_MONTH_NAME);
        assertThat(StartWords.of(StartWord.MONTH)).allSatisfy(word ->
                assertThat(monthName.matcher(capitalised(word)).matches()).as(word).isTrue());
        for (Month month : Month.values()) {
            String name = capitalised(month.name().toLowerCase(Locale.ROOT));
            assertThat(fullMonthName.matcher(name).matches()).as(name).isTrue();
            assertThat(CalendarWords.month(name)).contains(month);
        }
    }

    @Test
    void every_weekday_start_word_is_a_weekday_and_matches_the_weekday_pattern() {
        var weekdayName = Pattern.compile(CalendarWords.WEEKDAY_NAME);
        assertThat(StartWords.of(StartWord.WEEKDAY)).hasSize(7).allSatisfy(word -> {
            assertThat(CalendarWords.weekday(word)).as(word).isPresent();
            assertThat(weekdayName.matcher(capitalised(word)).matches()).as(word).isTrue();
        });
        assertThat(CalendarWords.weekday("Wednesday")).contains(DayOfWeek.WEDNESDAY);
    }

    @Test
    void every_number_start_word_is_a_count_and_every_ordinal_start_word_an_ordinal() {
        assertThat(StartWords.of(StartWord.NUMBER)).isNotEmpty()
                .allSatisfy(word -> assertThat(CalendarWords.count(word)).as(word).isPresent());
        assertThat(StartWords.of(StartWord.ORDINAL_WORD)).isNotEmpty()
                .allSatisfy(word -> assertThat(CalendarWords.ordinal(word)).as(word).isPresent());
    }

    @Test
    void every_season_start_word_is_a_season_and_matches_the_season_pattern() {
        var seasonName = Pattern.compile("(?i)" + CalendarWords.seasonPattern());
        assertThat(StartWords.of(StartWord.SEASON)).isNotEmpty().allSatisfy(word -> {
            assertThat(CalendarWords.season(capitalised(word))).as(word).isPresent();
            assertThat(seasonName.matcher(word).matches()).as(word).isTrue();
        });
        assertThat(CalendarWords.season("autumn")).contains("FA");
    }

    @Test
    void numbers_read_as_words_digits_and_ordinal_suffixes() {
        assertThat(CalendarWords.count("An")).hasValue(1);
        assertThat(CalendarWords.count("410")).hasValue(410);
        assertThat(CalendarWords.count("Seventeen")).hasValue(17);
        assertThat(CalendarWords.cardinal("ninety")).hasValue(90);
        assertThat(CalendarWords.ordinal("Twenty-first")).hasValue(21);
        assertThat(CalendarWords.ordinal("19th")).hasValue(19);
        assertThat(CalendarWords.decade("Nineties")).hasValue(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "Ma", "Mayday", "Sept..", "st", "1234th", "4x", "thirtieth", "hundred",
            "9999999999", "-1"})
    void an_unknown_word_is_empty_in_every_lookup(String word) {
        assertThat(CalendarWords.month(word)).isEmpty();
        assertThat(CalendarWords.weekday(word)).isEmpty();
        assertThat(CalendarWords.count(word)).isEmpty();
        assertThat(CalendarWords.cardinal(word)).isEmpty();
        assertThat(CalendarWords.ordinal(word)).isEmpty();
        assertThat(CalendarWords.decade(word)).isEmpty();
        assertThat(CalendarWords.season(word)).isEmpty();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

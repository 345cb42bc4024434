package io.newsflow.enrich.tagging.dates;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form of date expression: a pattern whose whole match is the mention, the kinds of word it can start with,
 * how to turn a match into a value, and example sentences of the form that a test runs through the whole tagger.
 * A resolution may decline a match (an impossible day, a month name without a cue) by returning empty.
 */
record DateRule(String name, Set<StartWord> startWords, Pattern pattern, Resolution resolution,
                List<Example> examples) {

    DateRule {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("date rule '" + name + "' needs at least one example");
        }
        examples = List.copyOf(examples);
    }

    /**
     * The kinds of word a date expression starts with; the tagger tries a rule only where its kind of word is.
     * Numbers come in two kinds: {@code FOUR_DIGITS} ("1996", "2022-04-05") and {@code FEW_DIGITS}, one to three
     * digits that a letter, a colon or a dash follows ("5 April", "3:30", "5-7 April", "19th century", "2 years").
     */
    enum StartWord {
        FOUR_DIGITS, FEW_DIGITS, MONTH, WEEKDAY, MODIFIER, DEICTIC, NUMBER, ORDINAL_WORD, REPETITION, ARTICLE, SEASON, FISCAL,
        YEAR_WORD, VAGUE
    }

    /** Turns one match into a value, given the text (for tense) and the article's calendar. */
    @FunctionalInterface
    interface Resolution {
        Optional<Value> resolve(Matcher match, String text, DateResolver calendar);
    }

    static DateRule of(String name, Set<StartWord> startWords, String regex, Resolution resolution,
                       Example... examples) {
        return new DateRule(name, Set.copyOf(startWords), Pattern.compile(regex), resolution, List.of(examples));
    }

    /**
     * A sentence in which the rule finds {@code mention} and resolves it to {@code value} against {@code articleDate}
     * ({@code YYYY-MM-DD}). Sentences are invented, never taken from news.
     */
    record Example(String text, String articleDate, String mention, String value) {
    }

    /**
     * @param type         DATE, TIME, DURATION or SET
     * @param value        ISO-8601 (TimeML) value
     * @param relative     true when part of the value came from the article date
     * @param quarterShift present when the expression points at the quarter the article is discussing, shifted by
     *                     this many years ("the year-earlier quarter" is -1); {@code value} is then the fallback for
     *                     an article that names no quarter before it
     */
    record Value(String type, String value, boolean relative, OptionalInt quarterShift) {

        static Optional<Value> of(String type, String value, boolean relative) {
            return Optional.of(new Value(type, value, relative, OptionalInt.empty()));
        }

        static Optional<Value> date(String value, boolean relative) {
            return of("DATE", value, relative);
        }

        static Optional<Value> followingQuarter(String fallback, int yearShift) {
            return Optional.of(new Value("DATE", fallback, true, OptionalInt.of(yearShift)));
        }
    }
}

package io.newsflow.enrich.tagging.dates;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form of date expression: a pattern whose whole match is the mention, the kinds of word it can start with,
 * and how to turn a match into a value. A resolution may decline a match (an impossible day, a month name without
 * a cue) by returning empty.
 */
record DateRule(String name, Set<StartWord> startWords, Pattern pattern, Resolution resolution) {

    /** The kinds of word a date expression starts with; the tagger tries a rule only where its kind of word is. */
    enum StartWord { DIGIT, MONTH, WEEKDAY, MODIFIER, DEICTIC, NUMBER, ORDINAL_WORD, REPETITION }

    /** Turns one match into a value, given the text (for tense) and the article's calendar. */
    @FunctionalInterface
    interface Resolution {
        Optional<Value> resolve(Matcher match, String text, DateResolver calendar);
    }

    /**
     * @param type     DATE, TIME, DURATION or SET
     * @param value    ISO-8601 (TimeML) value
     * @param relative true when part of the value came from the article date
     */
    record Value(String type, String value, boolean relative) {

        static Optional<Value> date(String value, boolean relative) {
            return Optional.of(new Value("DATE", value, relative));
        }
    }
}

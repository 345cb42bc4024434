package io.newsflow.enrich.tagging.dates;

import io.newsflow.enrich.tagging.Lookups;
import io.newsflow.enrich.tagging.dates.DateRule.StartWord;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a date expression can start with, by {@link StartWord kind}, and the words that can follow "the", "a"
 * or a number word in one. The tagger looks every word of an article up here before it tries any rule, so the
 * calendar and number words come from {@link CalendarWords}, the same tables the rules' lookups read.
 */
final class StartWords {

    private static final Map<StartWord, Set<String>> WORDS = words();
    private static final Map<String, StartWord> KINDS = kinds();
    /** Words after "the", "a" or a number word that can make a date of them, besides start words and digits. */
    private static final Set<String> CONTINUATIONS = continuations();

    private StartWords() {
    }

    /** The kind of start word {@code lowerCaseWord} is, or null when no date starts with it. */
    static StartWord kind(String lowerCaseWord) {
        return KINDS.get(lowerCaseWord);
    }

    /** Whether {@code lowerCaseWord} after "the", "a" or a number word can make a date of them. */
    static boolean canContinue(String lowerCaseWord) {
        return KINDS.containsKey(lowerCaseWord) || CONTINUATIONS.contains(lowerCaseWord);
    }

    /** The words of one kind, in lower case; empty for the kinds of number written in digits. */
    static Set<String> of(StartWord kind) {
        return WORDS.getOrDefault(kind, Set.of());
    }

    private static Map<StartWord, Set<String>> words() {
        var words = new EnumMap<StartWord, Set<String>>(StartWord.class);
        words.put(StartWord.MONTH, CalendarWords.monthWords());
        words.put(StartWord.WEEKDAY, CalendarWords.weekdayWords());
        words.put(StartWord.NUMBER, CalendarWords.countWords());
        words.put(StartWord.ORDINAL_WORD, CalendarWords.ordinalWords());
        words.put(StartWord.MODIFIER, Set.of("last", "next", "this", "coming", "past", "earlier", "later", "early",
                "late"));
        words.put(StartWord.DEICTIC, Set.of("yesterday", "today", "tomorrow", "tonight"));
        words.put(StartWord.REPETITION, Set.of("every", "each", "daily", "weekly", "monthly", "annually", "yearly"));
        words.put(StartWord.VAGUE, Set.of("now", "right", "currently", "current", "these", "nowadays", "at",
                "recently", "recent", "lately", "formerly", "soon"));
        words.put(StartWord.SEASON, CalendarWords.seasonWords());
        words.put(StartWord.ARTICLE, Set.of("the", "that"));
        words.put(StartWord.FISCAL, Set.of("fiscal"));
        words.put(StartWord.YEAR_WORD, Set.of("year"));
        return Map.copyOf(words);
    }

    /** Each word has one kind: a word of two kinds would silently lose the rules of one of them. */
    private static Map<String, StartWord> kinds() {
        var kinds = new HashMap<String, StartWord>();
        WORDS.forEach((kind, words) -> words.forEach(word -> {
            StartWord other = kinds.put(word, kind);
            if (other != null) {
                throw new IllegalStateException("'" + word + "' is a start word of two kinds: " + other + ", " + kind);
            }
        }));
        return Lookups.map(kinds);
    }

    private static Set<String> continuations() {
        var words = new HashSet<String>(List.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
                "days", "week", "weeks", "weekend", "month", "months", "years", "decade", "decades", "century",
                "centuries", "quarter", "quarters", "half", "halves", "period", "future", "near", "short", "moment",
                "time", "times", "season", "hundred", "thousand", "few", "several", "couple", "night", "morning",
                "evening", "afternoon", "session", "sessions", "generation", "generations", "term", "fortnight",
                "previous", "same", "following", "final", "latest", "full", "entire", "whole"));
        words.addAll(CalendarWords.decadeWords());
        return Lookups.set(words);
    }
}

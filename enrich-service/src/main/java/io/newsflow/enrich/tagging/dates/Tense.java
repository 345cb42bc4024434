package io.newsflow.enrich.tagging.dates;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a date sits in a clause about the future. A bare weekday or month means the past one in a report ("On
 * Monday, Biden called") and the coming one in an announcement ("will address ... on Tuesday"). One sentence often
 * holds both ("Cuba predicted Wednesday that exiles will ..."), so the verb cue nearest the date decides. News is
 * mostly past tense, so a weekday without a cue is a past one.
 *
 * <p>Words are read outwards from the date and the first cue ends the search: a regex over the whole sentence for
 * every date cost more than the rest of the date tagger.
 */
enum Tense {
    PAST, FUTURE,
    /** No verb cue near the date: a weekday is then taken as past, a month or day as the one nearest the article. */
    UNMARKED;

    private static final Set<String> FUTURE_WORDS = Set.of("will", "won't", "shall", "would", "upcoming",
            "scheduled", "slated");
    /** Words that are future cues only after the word given: "plans to", "is set", "as soon". */
    private static final Set<String> FUTURE_PAIRS = Set.of("plan to", "plans to", "planned to", "planning to",
            "intend to", "intends to", "expect to", "expects to", "expected to", "set to", "is due", "are due", "was due", "were due",
            "is set", "are set", "is going", "are going", "as soon", "as early");
    /**
     * Forms of "be" after which a participle says nothing of the tense: the verb before them does ("will be paid",
     * "is expected in December"). "was" and "were" are past cues of their own.
     */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "been", "being", "is", "are");
    /** Past forms of verbs that do not end in -ed. */
    private static final Set<String> PAST_WORDS = Set.of("said", "was", "were", "had", "did", "met", "told",
            "went", "came", "left", "began", "took", "made", "gave", "held", "saw", "found", "got", "sent", "spoke",
            "fell", "rose", "won", "lost", "ran", "paid", "sold", "bought", "brought", "thought", "led", "struck",
            "fought", "kept", "broke", "chose", "drove", "flew", "knew", "wrote");

    /**
     * Words just before a date that settle its direction whatever the verb: a deadline ("payable Dec. 15",
     * "extended to Nov. 20", "effective Feb. 1") lies ahead, a starting point ("since March") behind.
     */
    private static final Pattern DEADLINE = Pattern.compile(
            "(?i)\\b(?:until|till|through|by|to|payable|effective|expires?|expiring|due|starting|beginning"
            + "|(?:set|scheduled|planned|slated) for)\\s+(?:(?:on|early|late|mid)[\\s-]+)?$");
    private static final Pattern STARTING_POINT = Pattern.compile("(?i)\\bsince\\s+(?:(?:early|late|mid)[\\s-]+)?$");

    /** How far back a deadline word may sit before the date. */
    private static final int DEADLINE_REACH = 30;
    /** How far a sentence reaches either side of the date; bounds the cost on text without full stops. */
    private static final int MAX_REACH = 300;
    private static final String SENTENCE_ENDS = ".!?\n";

    /** The tense of the clause holding {@code [start, end)} of {@code text}. */
    static Tense around(String text, int start, int end) {
        int before = Math.max(0, start - DEADLINE_REACH);
        if (DEADLINE.matcher(text).region(before, start).find()) {
            return FUTURE;
        }
        if (STARTING_POINT.matcher(text).region(before, start).find()) {
            return PAST;
        }
        int left = start;
        int right = end;
        while (start - left < MAX_REACH || right - end < MAX_REACH) {
            int leftWordEnd = skipBackToWord(text, left, start);
            int rightWordStart = skipToWord(text, right, end);
            boolean leftOpen = leftWordEnd >= 0;
            boolean rightOpen = rightWordStart >= 0;
            if (!leftOpen && !rightOpen) {
                return UNMARKED;
            }
            // Read the nearer of the next word on each side first; on a tie the left one.
            if (leftOpen && (!rightOpen || start - leftWordEnd <= rightWordStart - end)) {
                int wordStart = leftWordEnd;
                while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
                    wordStart--;
                }
                Tense cue = cue(text, wordStart, leftWordEnd);
                if (cue != UNMARKED) {
                    return cue;
                }
                left = wordStart;
            } else {
                int wordEnd = rightWordStart;
                while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                Tense cue = cue(text, rightWordStart, wordEnd);
                if (cue != UNMARKED) {
                    return cue;
                }
                right = wordEnd;
            }
        }
        return UNMARKED;
    }

    /** End of the word before {@code from}, or -1 at a sentence end or beyond the reach from {@code start}. */
    private static int skipBackToWord(String text, int from, int start) {
        int i = from;
        while (i > 0 && !isWordChar(text.charAt(i - 1))) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i - 1)) >= 0) {
                return -1;
            }
            i--;
        }
        return i == 0 || start - i >= MAX_REACH ? -1 : i;
    }

    /** Start of the word after {@code from}, or -1 at a sentence end or beyond the reach from {@code end}. */
    private static int skipToWord(String text, int from, int end) {
        int i = from;
        while (i < text.length() && !isWordChar(text.charAt(i))) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return -1;
            }
            i++;
        }
        return i == text.length() || i - end >= MAX_REACH ? -1 : i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’';
    }

    private static Tense cue(String text, int wordStart, int wordEnd) {
        String word = text.substring(wordStart, wordEnd);
        String lower = word.toLowerCase(Locale.ROOT);
        if (FUTURE_WORDS.contains(lower) || lower.endsWith("'ll") || lower.endsWith("’ll")
                || FUTURE_PAIRS.contains(previousWord(text, wordStart) + " " + lower)) {
            return FUTURE;
        }
        if (PASSIVE_AUXILIARIES.contains(previousWord(text, wordStart))) {
            return UNMARKED;
        }
        // Lower case only, so that names such as "United" are not taken for verbs.
        if (PAST_WORDS.contains(lower) || word.length() > 3 && word.endsWith("ed") && word.equals(lower)) {
            return PAST;
        }
        return UNMARKED;
    }

    /** The word just before {@code wordStart} in lower case, or "" when a non-space separates them. */
    private static String previousWord(String text, int wordStart) {
        int end = wordStart;
        if (end == 0 || text.charAt(end - 1) != ' ') {
            return "";
        }
        end--;
        int start = end;
        while (start > 0 && isWordChar(text.charAt(start - 1)) && end - start < 12) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}

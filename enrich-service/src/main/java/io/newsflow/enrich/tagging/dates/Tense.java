package io.newsflow.enrich.tagging.dates;

import java.util.regex.Pattern;

/**
 * Whether the sentence around a date talks about the future. A bare weekday means the past one in a report
 * ("On Monday, Biden called") and the coming one in an announcement ("will address ... on Tuesday"); the modal
 * verbs and words of plans are the cue. News is mostly past tense, so that is the default.
 */
enum Tense {
    PAST, FUTURE;

    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(?:will|won't|shall|(?:is|are|was|were) (?:due|set|expected|scheduled|slated|going|to)"
            + "|plans? to|planning to|intends? to|upcoming)\\b|['’]ll\\b");

    /** How far a sentence reaches either side of the date; bounds the cost on text without full stops. */
    private static final int MAX_REACH = 300;

    /** The tense of the sentence holding {@code [start, end)} of {@code text}. */
    static Tense around(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < MAX_REACH && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < MAX_REACH && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return FUTURE_CUE.matcher(text).region(from, to).find() ? FUTURE : PAST;
    }
}

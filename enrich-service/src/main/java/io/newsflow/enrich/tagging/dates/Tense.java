package io.newsflow.enrich.tagging.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date sits in a clause about the future. A bare weekday or month means the past one in a report ("On
 * Monday, Biden called") and the coming one in an announcement ("will address ... on Tuesday"). One sentence often
 * holds both ("Cuba predicted Wednesday that exiles will ..."), so the verb cue nearest the date decides. News is
 * mostly past tense, so a weekday without a cue is a past one.
 */
enum Tense {
    PAST, FUTURE,
    /** No verb cue near the date: a weekday is then taken as past, a month or day as the one nearest the article. */
    UNMARKED;

    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(?:will|won't|shall|would|(?:is|are|was|were) (?:due|set|expected|scheduled|slated|going)"
            + "|plans? to|planned to|planning to|intends? to|upcoming|as (?:soon|early) as"
            + "|scheduled|slated|expected to|set to)\\b|['’]ll\\b");

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

    /** Past forms of verbs, lower case so that names such as "United" are not taken for verbs. */
    private static final Pattern PAST_CUE = Pattern.compile(
            "\\b(?:[a-z]{2,}ed|said|was|were|had|did|met|told|went|came|left|began|took|made|gave|held|saw|found"
            + "|got|sent|spoke|fell|rose|won|lost|ran|paid|sold|bought|brought|thought|led|struck|fought"
            + "|kept|broke|chose|drove|flew|knew|wrote)\\b");

    /** How far a sentence reaches either side of the date; bounds the cost on text without full stops. */
    private static final int MAX_REACH = 300;

    /** The tense of the clause holding {@code [start, end)} of {@code text}. */
    static Tense around(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < MAX_REACH && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < MAX_REACH && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        int before = Math.max(0, start - DEADLINE_REACH);
        if (DEADLINE.matcher(text).region(before, start).find()) {
            return FUTURE;
        }
        if (STARTING_POINT.matcher(text).region(before, start).find()) {
            return PAST;
        }
        int future = nearest(FUTURE_CUE.matcher(text), from, to, start, end);
        int past = nearest(PAST_CUE.matcher(text), from, to, start, end);
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) {
            return UNMARKED;
        }
        // A tie is one word read both ways: "scheduled" is a plan more often than a past event.
        return future <= past ? FUTURE : PAST;
    }

    /** Distance in characters from the date to the nearest cue in {@code [from, to)}, or MAX_VALUE for none. */
    private static int nearest(Matcher cue, int from, int to, int start, int end) {
        int best = Integer.MAX_VALUE;
        cue.region(from, to);
        while (cue.find()) {
            int distance = cue.end() <= start ? start - cue.end() : cue.start() >= end ? cue.start() - end : 0;
            best = Math.min(best, distance);
        }
        return best;
    }
}

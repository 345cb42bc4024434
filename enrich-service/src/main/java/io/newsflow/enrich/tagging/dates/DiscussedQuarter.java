package io.newsflow.enrich.tagging.dates;

import io.newsflow.contracts.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolves "the quarter", "the year-earlier period" and "a year ago" against the quarter an earnings report is
 * about: the last quarter named before them ("third-quarter profit rose ... from a year earlier" is 1988-Q3 in a
 * 1989 report). Without such a quarter nearby they keep the value their rule computed from the article date.
 */
final class DiscussedQuarter {

    /** How far back, in characters, a named quarter stays the one under discussion: about two paragraphs. */
    private static final int REACH = 1000;
    private static final Pattern QUARTER = Pattern.compile("(?<year>\\d{4})-Q(?<n>[1-4])");

    private DiscussedQuarter() {
    }

    /** The mentions of {@code kept} (in text order, without overlaps) with followers resolved. */
    static List<DateMention> resolve(List<Candidate> kept) {
        var resolved = new ArrayList<DateMention>(kept.size());
        String quarter = null;
        int lastSeen = Integer.MIN_VALUE;
        for (Candidate candidate : kept) {
            DateMention mention = candidate.mention();
            boolean follower = candidate.quarterShift().isPresent();
            boolean inReach = quarter != null && mention.start() - lastSeen <= REACH;
            if (follower && inReach) {
                var m = QUARTER.matcher(quarter);
                m.matches();
                int year = Integer.parseInt(m.group("year")) + candidate.quarterShift().getAsInt();
                mention = new DateMention(mention.start(), mention.end(), mention.text(), mention.type(),
                        year + "-Q" + m.group("n"), true);
            }
            if (!follower && QUARTER.matcher(mention.value()).matches()) {
                quarter = mention.value();
                lastSeen = mention.end();
            } else if (follower && inReach && candidate.quarterShift().getAsInt() == 0) {
                lastSeen = mention.end();
            }
            resolved.add(mention);
        }
        return List.copyOf(resolved);
    }
}

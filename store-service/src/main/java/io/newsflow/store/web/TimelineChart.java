package io.newsflow.store.web;

import io.newsflow.store.persist.EntityDetail;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * An entity's timeline as an inline SVG bar chart, drawn on the server so that it shows without a script: one bar
 * per day from {@code from} to {@code to} (or the first and last day the entity was named), its height the articles
 * that named it that day; a day without any has no bar, and its place stays empty. Hovering a bar shows its day,
 * articles and mentions. A range longer than {@link #MAX_BARS} days gets one bar per run of days instead, as many
 * days each as keep the bars at most that many, and the caption says so.
 */
final class TimelineChart {

    static final int MAX_BARS = 120;

    private static final int WIDTH = 720;
    private static final int HEIGHT = 180;
    private static final int LEFT = 40;
    private static final int BOTTOM = 22;
    private static final int TOP = 8;
    private static final int MAX_BAR_WIDTH = 48;

    private final List<EntityDetail.Day> timeline;
    private final LocalDate first;
    private final LocalDate last;
    private final long days;
    private final int daysPerBar;

    /** The chart of {@code timeline} (days oldest first) over the range asked for; either end may be null. */
    TimelineChart(List<EntityDetail.Day> timeline, LocalDate from, LocalDate to) {
        if (timeline.isEmpty() && from == null) {
            throw new IllegalArgumentException("an empty timeline needs the first day of its range");
        }
        this.timeline = List.copyOf(timeline);
        this.first = from != null ? from : timeline.get(0).day();
        this.last = to != null ? to : timeline.isEmpty() ? first : timeline.get(timeline.size() - 1).day();
        this.days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        this.daysPerBar = (int) ((days + MAX_BARS - 1) / MAX_BARS);
    }

    /** What one bar counts: {@code Articles per day}, or per so many days on a long range. */
    String caption() {
        return "Articles per " + (daysPerBar == 1 ? "day" : daysPerBar + " days");
    }

    Html svg() {
        int bars = (int) ((days + daysPerBar - 1) / daysPerBar);
        long[] articles = new long[bars];
        long[] mentions = new long[bars];
        for (EntityDetail.Day day : timeline) {
            long index = ChronoUnit.DAYS.between(first, day.day()) / daysPerBar;
            if (index >= 0 && index < bars) {
                articles[(int) index] += day.articles();
                mentions[(int) index] += day.mentions();
            }
        }
        long most = 1;
        for (long count : articles) {
            most = Math.max(most, count);
        }

        double plotWidth = WIDTH - LEFT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / bars;
        double barWidth = Math.min(MAX_BAR_WIDTH, slot >= 4 ? slot - Math.min(2, slot / 5) : slot); // few stay bars
        var svg = new Html().open("svg", "class", "timeline", "xmlns", "http://www.w3.org/2000/svg",
                "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "role", "img",
                "aria-label", caption() + " from " + first + " to " + last);
        svg.open("line", "class", "axis", "x1", number(LEFT), "y1", number(TOP + plotHeight), "x2", number(WIDTH),
                "y2", number(TOP + plotHeight)).close("line");
        svg.element("text", Long.toString(most), "class", "label", "x", number(LEFT - 6), "y", number(TOP + 10),
                "text-anchor", "end");
        svg.element("text", "0", "class", "label", "x", number(LEFT - 6), "y", number(TOP + plotHeight),
                "text-anchor", "end");
        for (int i = 0; i < bars; i++) {
            if (articles[i] == 0) {
                continue;
            }
            LocalDate start = first.plusDays((long) i * daysPerBar);
            LocalDate end = min(start.plusDays(daysPerBar - 1L), last);
            double height = plotHeight * articles[i] / most;
            svg.open("rect", "class", "bar", "x", number(LEFT + (i + 0.5) * slot - barWidth / 2),
                            "y", number(TOP + plotHeight - height), "width", number(barWidth), "height", number(height))
                    .element("title", (start.equals(end) ? start.toString() : start + " to " + end) + ": "
                            + Layout.count(articles[i], "article") + ", " + Layout.count(mentions[i], "mention"))
                    .close("rect");
        }
        double labelY = HEIGHT - 6;
        if (bars == 1) {
            svg.element("text", first.toString(), "class", "label", "x", number(LEFT + slot / 2), "y", number(labelY),
                    "text-anchor", "middle");
        } else {
            svg.element("text", first.toString(), "class", "label", "x", number(LEFT), "y", number(labelY));
            svg.element("text", last.toString(), "class", "label", "x", number(WIDTH), "y", number(labelY),
                    "text-anchor", "end");
        }
        return svg.close("svg");
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

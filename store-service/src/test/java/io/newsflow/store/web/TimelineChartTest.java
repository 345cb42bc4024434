package io.newsflow.store.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.newsflow.store.persist.EntityDetail.Day;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

    private static final Pattern BAR = Pattern.compile("<rect class=\"bar\" x=\"([\\d.]+)\" y=\"[\\d.]+\""
            + " width=\"[\\d.]+\" height=\"([\\d.]+)\"><title>([^<]+)</title></rect>");

    @Test
    void each_day_with_articles_is_a_bar_as_high_as_its_articles_and_a_day_without_is_a_gap() {
        var timeline = List.of(new Day(LocalDate.of(2022, 4, 1), 2, 5), new Day(LocalDate.of(2022, 4, 3), 1, 1),
                new Day(LocalDate.of(2022, 4, 4), 4, 9));

        var chart = new TimelineChart(timeline, LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 9));
        List<String[]> bars = bars(chart.svg().toString());

        assertThat(chart.caption()).isEqualTo("Articles per day");
        assertThat(bars).extracting(bar -> bar[2]).containsExactly("2022-04-01: 2 articles, 5 mentions",
                "2022-04-03: 1 article, 1 mention", "2022-04-04: 4 articles, 9 mentions");
        assertThat(bars).extracting(bar -> Double.parseDouble(bar[1]))
                .containsExactly(75.0, 37.5, 150.0);
        double slot = (720 - 40) / 10.0; // ten days, 31 March to 9 April
        assertThat(Double.parseDouble(bars.get(1)[0]) - Double.parseDouble(bars.get(0)[0]))
                .as("3 April stands two days' width after 1 April").isCloseTo(2 * slot, offset(0.2));
        assertThat(chart.svg().toString()).contains(">2022-03-31</text>", ">2022-04-09</text>");
    }

    @Test
    void without_a_range_the_chart_spans_the_first_to_the_last_day_named() {
        var chart = new TimelineChart(List.of(new Day(LocalDate.of(2022, 4, 5), 2, 10)), null, null);

        assertThat(bars(chart.svg().toString())).extracting(bar -> bar[2])
                .containsExactly("2022-04-05: 2 articles, 10 mentions");
        assertThat(chart.svg().toString()).contains("aria-label=\"Articles per day from 2022-04-05 to 2022-04-05\"");
    }

    @Test
    void a_long_range_has_one_bar_per_run_of_days_and_never_more_than_the_limit() {
        var timeline = List.of(new Day(LocalDate.of(2022, 1, 1), 1, 1), new Day(LocalDate.of(2022, 1, 3), 2, 3),
                new Day(LocalDate.of(2022, 12, 31), 1, 2));

        var chart = new TimelineChart(timeline, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

        assertThat(chart.caption()).isEqualTo("Articles per 4 days");
        assertThat(bars(chart.svg().toString())).extracting(bar -> bar[2]).containsExactly(
                "2022-01-01 to 2022-01-04: 3 articles, 4 mentions", "2022-12-31: 1 article, 2 mentions");
        assertThat(new TimelineChart(timeline, LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31)).svg().toString())
                .as("bars of a range of two centuries").contains("class=\"bar\"")
                .satisfies(svg -> assertThat(svg.split("<rect").length - 1)
                        .isLessThanOrEqualTo(TimelineChart.MAX_BARS));
    }

    private static List<String[]> bars(String svg) {
        Matcher bar = BAR.matcher(svg);
        var bars = new ArrayList<String[]>();
        while (bar.find()) {
            bars.add(new String[] {bar.group(1), bar.group(2), bar.group(3)});
        }
        return bars;
    }
}

package io.newsflow.enrich.tagging.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Calendar arithmetic against one article's published date: which year "April 3" falls in, which Monday "on
 * Monday" is, which week "last week" is. Pure functions of the article date, so each rule is tested alone.
 */
final class DateResolver {

    /**
     * A date without a year is read in the article's year, unless the clause's tense puts it in the year before
     * (a report of "December 28" in January) or after (a plan for "January 10" in December). The slack keeps a
     * date up to two months past the article in its own year whatever the tense: "Dec. 7" in a past-tense report
     * written in November, or "the summit of April 5-7" written on April 5, is this year's. Without
     * a tense the date nearest the article wins: news mostly looks a few months back or ahead.
     */
    private static final int SLACK_DAYS = 60;
    private static final int NEAREST_MONTHS = 6;
    /** How long after a quarter or half ends companies still report on it. */
    private static final int REPORTING_MONTHS = 3;

    private final LocalDate articleDate;

    DateResolver(LocalDate articleDate) {
        this.articleDate = articleDate;
    }

    LocalDate articleDate() {
        return articleDate;
    }

    /** "April 3" in a past-tense clause of 2022-04-05 is 2022-04-03; "December 28" in one of 2022-01-03 is 2021. */
    LocalDate monthDay(Month month, int day, Tense tense) {
        LocalDate candidate = LocalDate.of(articleDate.getYear(), month, day);
        if (tense == Tense.PAST && candidate.isAfter(articleDate.plusDays(SLACK_DAYS))) {
            return candidate.minusYears(1);
        }
        if (tense == Tense.FUTURE && candidate.isBefore(articleDate.minusDays(SLACK_DAYS))) {
            return candidate.plusYears(1);
        }
        if (tense == Tense.UNMARKED && candidate.isAfter(articleDate.plusMonths(NEAREST_MONTHS))) {
            return candidate.minusYears(1);
        }
        if (tense == Tense.UNMARKED && candidate.isBefore(articleDate.minusMonths(NEAREST_MONTHS))) {
            return candidate.plusYears(1);
        }
        return candidate;
    }

    /** "in March": the last March in a past-tense clause, the coming one in a future-tense clause. */
    YearMonth month(Month month, Tense tense) {
        YearMonth candidate = YearMonth.of(articleDate.getYear(), month);
        YearMonth current = YearMonth.from(articleDate);
        if (tense == Tense.UNMARKED) {
            return YearMonth.from(monthDay(month, 1, tense));
        }
        if (tense == Tense.PAST && candidate.isAfter(current)) {
            return candidate.minusYears(1);
        }
        if (tense == Tense.FUTURE && candidate.isBefore(current)) {
            return candidate.plusYears(1);
        }
        return candidate;
    }

    /** The article's quarter, 1 to 4. */
    int quarter() {
        return articleDate.get(IsoFields.QUARTER_OF_YEAR);
    }

    /**
     * The year of a quarter or half named without one ("the third quarter"): a past-tense clause means the latest
     * one that has begun, a future-tense clause the earliest one that has not ended.
     *
     * @param firstMonth the first month of the quarter or half, 1 to 12
     * @param lastMonth  its last month
     */
    int yearOfPart(int firstMonth, int lastMonth, Tense tense) {
        int month = articleDate.getMonthValue();
        int year = articleDate.getYear();
        if (tense == Tense.FUTURE) {
            return lastMonth < month ? year + 1 : year;
        }
        return firstMonth > month ? year - 1 : year;
    }

    /**
     * The year of a quarter or half named without one, as {@link #yearOfPart}, except that a future-tense clause may
     * mean one that ended within the last three months: companies report on a quarter after it ends ("will report
     * third-quarter results" in November is about the third quarter just past).
     */
    int yearOfQuarterOrHalf(int firstMonth, int lastMonth, Tense tense) {
        int begun = yearOfPart(firstMonth, lastMonth, Tense.PAST);
        boolean justEnded = !YearMonth.of(begun, lastMonth)
                .isBefore(YearMonth.from(articleDate).minusMonths(REPORTING_MONTHS));
        return tense == Tense.FUTURE && justEnded ? begun : yearOfPart(firstMonth, lastMonth, tense);
    }

    /**
     * A weekday: in a past-tense sentence the latest one on or before the article date ("On Monday, Biden called"),
     * in a future-tense one the first on or after it ("will address ... on Tuesday"). "last" and "next" exclude
     * the article's own day.
     */
    LocalDate weekday(DayOfWeek day, Tense tense, String modifier) {
        return switch (modifier == null ? "" : modifier.toLowerCase(Locale.ROOT)) {
            case "last", "past" -> articleDate.with(TemporalAdjusters.previous(day));
            case "next", "coming" -> articleDate.with(TemporalAdjusters.next(day));
            default -> tense == Tense.FUTURE
                    ? articleDate.with(TemporalAdjusters.nextOrSame(day))
                    : articleDate.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    /** ISO week value, e.g. {@code 2022-W14}. */
    static String week(LocalDate date) {
        return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}

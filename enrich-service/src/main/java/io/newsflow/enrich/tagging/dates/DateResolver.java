package io.newsflow.enrich.tagging.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;

/**
 * Calendar arithmetic against one article's published date: which year "April 3" falls in, which Monday "on
 * Monday" is, which week "last week" is. Pure functions of the article date, so each rule is tested alone.
 */
final class DateResolver {

    /** A date without a year is taken as the one nearest the article: news mostly looks a few months back or ahead. */
    private static final int NEAREST_MONTHS = 6;
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));

    private final LocalDate articleDate;

    DateResolver(LocalDate articleDate) {
        this.articleDate = articleDate;
    }

    LocalDate articleDate() {
        return articleDate;
    }

    /** "April 3" in an article of 2022-04-05 is 2022-04-03; "December 28" in one of 2022-01-03 is 2021-12-28. */
    LocalDate monthDay(Month month, int day) {
        LocalDate candidate = LocalDate.of(articleDate.getYear(), month, day);
        if (candidate.isAfter(articleDate.plusMonths(NEAREST_MONTHS))) {
            return candidate.minusYears(1);
        }
        if (candidate.isBefore(articleDate.minusMonths(NEAREST_MONTHS))) {
            return candidate.plusYears(1);
        }
        return candidate;
    }

    /** "in March": the March nearest the article date. */
    YearMonth month(Month month) {
        LocalDate first = monthDay(month, 1);
        return YearMonth.of(first.getYear(), month);
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

    static Month monthNamed(String word) {
        String prefix = word.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    static DayOfWeek weekdayNamed(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** "3", "three" or "a" as a number. */
    static int number(String word) {
        Integer value = NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
        return value != null ? value : Integer.parseInt(word);
    }
}

package io.newsflow.enrich.tagging.dates;

import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.ARTICLE;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.FEW_DIGITS;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.FISCAL;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.FOUR_DIGITS;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.MODIFIER;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.NUMBER;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.ORDINAL_WORD;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.SEASON;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.VAGUE;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.YEAR_WORD;
import static io.newsflow.enrich.tagging.dates.DateRules.YEAR_DIGITS;

import io.newsflow.enrich.tagging.dates.DateRule.Example;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Parts of a year that TimeML has values for: quarters ({@code 1989-Q3}), halves ({@code 1989-H2}), seasons
 * ({@code 1998-SU}) and fiscal years (written as the plain year, as TimeBank does). Business news mostly talks about
 * the quarter it reports on, so "the quarter" and "a year earlier" follow the last quarter the article named; see
 * {@link DateRule.Value#quarterShift()}.
 */
final class PartOfYearRules {

    private static final String ORDINAL = "(?<ord>" + CalendarWords.ordinalPattern(n -> n <= 4)
            + "|last|1st|2nd|3rd|4th)";
    /** The month each season starts in, so "last fall" in March is the fall of the year before. */
    private static final Map<String, Integer> SEASON_MONTHS = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);

    static final List<DateRule> ALL = List.of(
            DateRule.of("ordinal quarter", EnumSet.of(ARTICLE, ORDINAL_WORD, FOUR_DIGITS, FEW_DIGITS, MODIFIER,
                            FISCAL, YEAR_WORD),
                    "(?i)(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?"
                            + "(?:(?<y1>" + YEAR_DIGITS + ")\\s+|(?<ago>year-(?:earlier|ago))\\s+"
                            + "|(?<mod>this|last|next)\\s+year's\\s+)?"
                            + "(?:fiscal[\\s-]+(?:(?<y3>" + YEAR_DIGITS + ")\\s+)?)?"
                            + ORDINAL + "[\\s-](?<unit>quarter|half)\\b"
                            + "(?:\\s+of\\s+(?:fiscal\\s+)?(?<y2>" + YEAR_DIGITS + ")\\b)?",
                    PartOfYearRules::ordinalPart,
                    new Example("Acme posted a third-quarter loss.",
                            "1989-11-02", "third-quarter", "1989-Q3"),
                    new Example("Acme will report third-quarter results on Tuesday.",
                            "1989-11-02", "third-quarter", "1989-Q3"),
                    new Example("It stopped paying in the third quarter of 1984.",
                            "1989-11-02", "the third quarter of 1984", "1984-Q3"),
                    new Example("Profit rose in the 1988 second quarter.",
                            "1989-11-02", "the 1988 second quarter", "1988-Q2"),
                    new Example("Sales slowed in the last half of 1989.",
                            "1989-11-02", "the last half of 1989", "1989-H2"),
                    new Example("Acme expects growth in next year's first quarter.",
                            "1989-11-02", "next year's first quarter", "1990-Q1"),
                    new Example("Sales beat the year-ago third quarter.",
                            "1989-11-02", "the year-ago third quarter", "1988-Q3")),
            DateRule.of("quarter in discussion", EnumSet.of(ARTICLE, MODIFIER),
                    "(?i)(?:the|that|this)\\s+(?:(?<which>latest|current|past|last|previous|prior|most\\s+recent"
                            + "|same|comparable|corresponding|(?:comparable\\s+)?year-(?:earlier|ago))\\s+)?"
                            + "(?<unit>quarter|period)\\b",
                    PartOfYearRules::quarterInDiscussion,
                    new Example("Acme reported a fourth-quarter loss. Revenue in the quarter fell.",
                            "1989-11-02", "the quarter", "1989-Q4"),
                    new Example("Acme expects a gain in the current quarter.",
                            "1989-11-02", "the current quarter", "1989-Q4"),
                    new Example("Acme reported a third-quarter loss. Costs exceeded the year-earlier period.",
                            "1989-11-02", "the year-earlier period", "1988-Q3"),
                    new Example("Acme lost money in the latest quarter.",
                            "1989-11-02", "the latest quarter", "1989-Q3")),
            DateRule.of("year before", EnumSet.of(NUMBER, YEAR_WORD),
                    "(?i)\\b(?:(?:a|one)\\s+year\\s+(?:earlier|ago|before)|year-(?:earlier|ago))\\b",
                    (m, text, cal) -> DateRule.Value.followingQuarter(
                            Integer.toString(cal.articleDate().getYear() - 1), -1),
                    new Example("Acme reported a fourth-quarter loss. Revenue fell from $3 million a year earlier.",
                            "1989-11-02", "a year earlier", "1988-Q4"),
                    new Example("Revenue fell from a year earlier.",
                            "1989-11-02", "a year earlier", "1988"),
                    new Example("Acme reported a third-quarter loss, against year-earlier profit.",
                            "1989-11-02", "year-earlier", "1988-Q3")),
            DateRule.of("season", EnumSet.of(ARTICLE, MODIFIER, SEASON),
                    "(?i)\\b(?:(?<mod>this\\s+past|this|last|next|early|late)\\s+|the\\s+(?:(?:early|late)\\s+)?)?"
                            + "(?<season>" + CalendarWords.seasonPattern() + ")\\b"
                            // "the fall of Rome", "the spring of water"
                            + "(?!\\s+of\\s+(?!" + YEAR_DIGITS + "))"
                            + "(?:\\s+of\\s+(?<y1>" + YEAR_DIGITS + ")|,?\\s+(?<y2>" + YEAR_DIGITS + "))?\\b",
                    PartOfYearRules::season,
                    new Example("The plant closed last fall.",
                            "1998-03-22", "last fall", "1997-FA"),
                    new Example("The plant will reopen this summer.",
                            "1998-03-22", "this summer", "1998-SU"),
                    new Example("The river froze in the winter of 1994.",
                            "1998-03-22", "the winter of 1994", "1994-WI"),
                    new Example("The dam was finished in summer 1989.",
                            "1998-03-22", "summer 1989", "1989-SU")),
            DateRule.of("fiscal year", EnumSet.of(ARTICLE, FISCAL, MODIFIER, VAGUE),
                    "(?i)\\b(?:fiscal(?:\\s+year)?\\s+(?<year>" + YEAR_DIGITS + ")"
                            + "|(?:the\\s+)?(?<which>current|latest|last|previous|past|next|this)?\\s*"
                            + "fiscal\\s+year)\\b",
                    PartOfYearRules::fiscalYear,
                    new Example("Acme expects a profit in fiscal 1990.",
                            "1989-11-02", "fiscal 1990", "1990"),
                    new Example("Acme expects a profit in the current fiscal year.",
                            "1989-11-02", "the current fiscal year", "1989")));

    private PartOfYearRules() {
    }

    private static Optional<DateRule.Value> ordinalPart(Matcher m, String text, DateResolver cal) {
        String ordinal = m.group("ord").toLowerCase(Locale.ROOT);
        boolean half = m.group("unit").equalsIgnoreCase("half");
        int n = ordinal.equals("last") ? (half ? 2 : 0) : CalendarWords.ordinal(ordinal).orElse(0);
        if (n == 0 || half && n > 2) {
            return Optional.empty();
        }
        int firstMonth = half ? 6 * n - 5 : 3 * n - 2;
        int lastMonth = half ? 6 * n : 3 * n;
        String named = firstNonNull(m.group("y1"), m.group("y2"), m.group("y3"));
        boolean relative = named == null;
        int year;
        if (named != null) {
            year = Integer.parseInt(named);
        } else if (m.group("mod") != null) {
            year = cal.articleDate().getYear() + shift(m.group("mod"));
        } else {
            Tense tense = m.group("ago") != null ? Tense.PAST : Tense.around(text, m.start(), m.end());
            year = cal.yearOfQuarterOrHalf(firstMonth, lastMonth, tense) - (m.group("ago") != null ? 1 : 0);
        }
        return DateRule.Value.date(year + (half ? "-H" : "-Q") + n, relative);
    }

    private static Optional<DateRule.Value> quarterInDiscussion(Matcher m, String text, DateResolver cal) {
        String which = m.group("which") == null ? "" : m.group("which").toLowerCase(Locale.ROOT);
        boolean period = m.group("unit").equalsIgnoreCase("period");
        if (period && which.isEmpty()) {
            return Optional.empty();
        }
        int year = cal.articleDate().getYear();
        int current = cal.quarter();
        if (which.equals("current")) {
            return DateRule.Value.date(year + "-Q" + current, true);
        }
        int lastYear = current == 1 ? year - 1 : year;
        int lastQuarter = current == 1 ? 4 : current - 1;
        if (which.contains("year-") || which.equals("comparable") || which.equals("corresponding")) {
            return DateRule.Value.followingQuarter((lastYear - 1) + "-Q" + lastQuarter, -1);
        }
        if (which.isEmpty() || which.equals("same")) {
            return DateRule.Value.followingQuarter(lastYear + "-Q" + lastQuarter, 0);
        }
        return DateRule.Value.date(lastYear + "-Q" + lastQuarter, true);
    }

    private static Optional<DateRule.Value> season(Matcher m, String text, DateResolver cal) {
        return CalendarWords.season(m.group("season")).flatMap(code -> season(code, m, text, cal));
    }

    /** @param code the TimeML code of the season: SP, SU, FA or WI */
    private static Optional<DateRule.Value> season(String code, Matcher m, String text, DateResolver cal) {
        String named = firstNonNull(m.group("y1"), m.group("y2"));
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        boolean cued = named != null || !mod.isEmpty() || m.group().regionMatches(true, 0, "the", 0, 3);
        // A bare "fall" or "spring" is a verb or a water source more often than a season.
        if (!cued && (code.equals("FA") || code.equals("SP"))) {
            return Optional.empty();
        }
        if (named != null) {
            return DateRule.Value.date(named + "-" + code, false);
        }
        int start = SEASON_MONTHS.get(code);
        int month = cal.articleDate().getMonthValue();
        int year = cal.articleDate().getYear();
        boolean underway = month >= start && month < start + 3;
        int value = switch (mod) {
            case "last", "this past" -> start < month && !underway ? year : year - 1;
            case "next" -> start > month ? year : year + 1;
            case "this" -> year;
            default -> cal.yearOfPart(start, start + 2, Tense.around(text, m.start(), m.end()));
        };
        return DateRule.Value.date(value + "-" + code, true);
    }

    private static Optional<DateRule.Value> fiscalYear(Matcher m, String text, DateResolver cal) {
        if (m.group("year") != null) {
            return DateRule.Value.date(m.group("year"), false);
        }
        String which = m.group("which") == null ? "" : m.group("which").toLowerCase(Locale.ROOT);
        int year = cal.articleDate().getYear() + switch (which) {
            case "latest", "last", "previous", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return DateRule.Value.date(Integer.toString(year), true);
    }

    private static int shift(String modifier) {
        return switch (modifier.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}

package io.newsflow.enrich.tagging.dates;

import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.ARTICLE;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.MONTH;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.NUMBER;

import io.newsflow.enrich.tagging.dates.DateRule.Example;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Years spelled out as they are spoken, which broadcast transcripts are full of: "nineteen ninety-six",
 * "January nineteen ninety-seven", "the year two thousand".
 */
final class SpokenYearRules {

    private static final String UNIT = CalendarWords.cardinalPattern(n -> n < 10);

    static final List<DateRule> ALL = List.of(
            DateRule.of("spoken year", EnumSet.of(NUMBER, MONTH, ARTICLE),
                    "(?i)\\b(?:(?<month>" + CalendarWords.FULL_MONTH_NAME + ")\\s+)?(?:(?<century>"
                            + CalendarWords.cardinalPattern(n -> n >= 18 && n <= 20) + ")\\s+"
                            + "(?<tens>" + CalendarWords.cardinalPattern(n -> n >= 10) + ")"
                            + "(?:[\\s-](?<unit>" + UNIT + "))?"
                            + "|the\\s+year\\s+two\\s+thousand(?:\\s+and\\s+(?<unit2>" + UNIT + "))?)\\b",
                    SpokenYearRules::spokenYear,
                    new Example("The games came to Atlanta in nineteen ninety-six.",
                            "1998-02-27", "nineteen ninety-six", "1996"),
                    new Example("It rained in January nineteen ninety-seven.",
                            "1998-02-27", "January nineteen ninety-seven", "1997-01"),
                    new Example("The line opens by the year two thousand.",
                            "1998-02-27", "the year two thousand", "2000")),
            // "the nineties", "the nineteen-sixties": a decade; without a century, the last one that had it.
            DateRule.of("spoken decade", EnumSet.of(ARTICLE),
                    "(?i)\\bthe\\s+(?:(?<century>" + CalendarWords.cardinalPattern(n -> n == 19 || n == 20)
                            + ")[\\s-])?(?<decade>" + CalendarWords.decadePattern() + ")\\b",
                    SpokenYearRules::spokenDecade,
                    new Example("Prices rose as in the nineties.",
                            "2022-04-05", "the nineties", "199"),
                    new Example("The song was a hit in the nineteen-sixties.",
                            "2022-04-05", "the nineteen-sixties", "196")));

    private SpokenYearRules() {
    }

    private static Optional<DateRule.Value> spokenYear(Matcher m, String text, DateResolver cal) {
        int year = m.group("century") != null
                ? 100 * number(m.group("century")) + number(m.group("tens")) + number(m.group("unit"))
                : 2000 + number(m.group("unit2"));
        String month = m.group("month");
        if (month == null) {
            return DateRule.Value.date(Integer.toString(year), false);
        }
        return CalendarWords.month(month).flatMap(named -> DateRule.Value.date(YearMonth.of(year, named).toString(),
                false));
    }

    private static Optional<DateRule.Value> spokenDecade(Matcher m, String text, DateResolver cal) {
        int tens = CalendarWords.decade(m.group("decade")).orElse(0);
        int century = m.group("century") != null ? number(m.group("century"))
                : cal.articleDate().getYear() % 100 >= tens * 10 ? cal.articleDate().getYear() / 100
                : cal.articleDate().getYear() / 100 - 1;
        return tens == 0 ? Optional.empty()
                : DateRule.Value.date(Integer.toString(century * 10 + tens), m.group("century") == null);
    }

    /** A number word of a spoken year, or 0 for a part the year leaves out ("nineteen ninety"). */
    private static int number(String word) {
        return word == null ? 0 : CalendarWords.cardinal(word).orElse(0);
    }
}

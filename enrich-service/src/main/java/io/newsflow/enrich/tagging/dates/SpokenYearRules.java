package io.newsflow.enrich.tagging.dates;

import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.ARTICLE;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.MONTH;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.NUMBER;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Years spelled out as they are spoken, which broadcast transcripts are full of: "nineteen ninety-six",
 * "January nineteen ninety-seven", "the year two thousand".
 */
final class SpokenYearRules {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final String UNIT = "one|two|three|four|five|six|seven|eight|nine";
    /** The decades as words, from the twenties: index + 2 is the decade's tens digit. */
    private static final List<String> DECADES = List.of("twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties");
    private static final String MONTH_NAME = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";

    static final List<DateRule> ALL = List.of(
            DateRule.of("spoken year", EnumSet.of(NUMBER, MONTH, ARTICLE),
                    "(?i)\\b(?:(?<month>" + MONTH_NAME + ")\\s+)?(?:(?<century>eighteen|nineteen|twenty)\\s+"
                            + "(?<tens>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
                            + "|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                            + "(?:[\\s-](?<unit>" + UNIT + "))?"
                            + "|the\\s+year\\s+two\\s+thousand(?:\\s+and\\s+(?<unit2>" + UNIT + "))?)\\b",
                    SpokenYearRules::spokenYear),
            // "the nineties", "the nineteen-sixties": a decade; without a century, the last one that had it.
            DateRule.of("spoken decade", EnumSet.of(ARTICLE),
                    "(?i)\\bthe\\s+(?:(?<century>nineteen|twenty)[\\s-])?(?<decade>" + String.join("|", DECADES)
                            + ")\\b",
                    SpokenYearRules::spokenDecade));

    private SpokenYearRules() {
    }

    private static Optional<DateRule.Value> spokenYear(Matcher m, String text, DateResolver cal) {
        int year = m.group("century") != null
                ? 100 * number(m.group("century")) + number(m.group("tens")) + number(m.group("unit"))
                : 2000 + number(m.group("unit2"));
        String month = m.group("month");
        return DateRule.Value.date(month == null ? Integer.toString(year)
                : YearMonth.of(year, DateResolver.monthNamed(month)).toString(), false);
    }

    private static Optional<DateRule.Value> spokenDecade(Matcher m, String text, DateResolver cal) {
        int tens = DECADES.indexOf(m.group("decade").toLowerCase(Locale.ROOT)) + 2;
        int century = m.group("century") != null ? number(m.group("century"))
                : cal.articleDate().getYear() % 100 >= tens * 10 ? cal.articleDate().getYear() / 100
                : cal.articleDate().getYear() / 100 - 1;
        return DateRule.Value.date(Integer.toString(century * 10 + tens), m.group("century") == null);
    }

    private static int number(String word) {
        return word == null ? 0 : WORDS.get(word.toLowerCase(Locale.ROOT));
    }
}

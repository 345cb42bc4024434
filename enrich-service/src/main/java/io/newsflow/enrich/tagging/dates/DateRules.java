package io.newsflow.enrich.tagging.dates;

import static io.newsflow.enrich.tagging.dates.CalendarWords.FULL_MONTH_NAME;
import static io.newsflow.enrich.tagging.dates.CalendarWords.MONTH_NAME;
import static io.newsflow.enrich.tagging.dates.CalendarWords.WEEKDAY_NAME;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.ARTICLE;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.DEICTIC;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.FEW_DIGITS;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.FOUR_DIGITS;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.MODIFIER;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.MONTH;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.NUMBER;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.ORDINAL_WORD;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.REPETITION;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.WEEKDAY;

import io.newsflow.enrich.tagging.dates.DateRule.Example;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * The date forms the built-in tagger knows, most specific first. Spans follow TimeML: a preposition before the
 * date ("on Monday") is not part of it, a modifier ("last week") is. Compound units such as "two-day" and
 * "73-year-old" are adjectives, not dates or durations, and no pattern matches them (a unit must follow its number
 * after a space). Every pattern is linear: no quantified group contains another quantifier that can match the
 * same characters.
 */
final class DateRules {

    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String RANGE = "\\s*(?:-|–|—|to|through|until)\\s*";
    /** The years news talks about, as digits; each pattern names its own group around it. */
    static final String YEAR_DIGITS = "(?:1[6-9]|20)\\d{2}";
    private static final String YEAR = "(?<year>" + YEAR_DIGITS + ")";
    private static final String COUNT = "(?<n>\\d{1,3}|(?i:an?|" + CalendarWords.cardinalPattern(n -> true) + "))";
    private static final Map<String, String> UNIT_CODES = Map.of("second", "S", "minute", "M", "hour", "H",
            "day", "D", "week", "W", "month", "M", "year", "Y", "decade", "DE");
    private static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF",
            "evening", "EV", "night", "NI", "tonight", "NI");
    /** Days, months, years and the words that point at them from the article date. */
    private static final List<DateRule> CALENDAR = List.of(
            DateRule.of("iso date", EnumSet.of(FOUR_DIGITS),
                    "\\b" + YEAR + "-(?<month>\\d{2})-(?<day>\\d{2})\\b",
                    DateRules::isoDate,
                    new Example("Talks resumed on 2022-04-12 in Geneva.",
                            "2022-04-05", "2022-04-12", "2022-04-12")),
            DateRule.of("month day", EnumSet.of(WEEKDAY, MONTH),
                    "(?:\\b(?<weekday>" + WEEKDAY_NAME + "),?\\s+)?\\b(?<month>" + MONTH_NAME + ")\\s+(?<day>\\d{1,2})"
                            + ORDINAL + "(?:" + RANGE + "(?:(?<month2>" + MONTH_NAME + ")\\s+)?(?<day2>\\d{1,2})"
                            + ORDINAL + ")?(?:,?\\s+" + YEAR + ")?(?!\\d|:\\d)",
                    (m, text, cal) -> dayOrRange(m, text, cal, true),
                    new Example("On Sunday, April 3, the ministry said it found bodies.",
                            "2022-04-05", "Sunday, April 3", "2022-04-03"),
                    new Example("The minister flies to Brussels from April 5-7 for the meeting.",
                            "2022-04-05", "April 5-7", "2022-04-05/2022-04-07"),
                    new Example("The statement was signed April 5, 2022, in Warsaw.",
                            "2022-04-05", "April 5, 2022", "2022-04-05"),
                    new Example("The fair runs from March 30 to April 2 in Lyon.",
                            "2022-04-05", "March 30 to April 2", "2022-03-30/2022-04-02"),
                    new Example("The talks of December 28 failed.",
                            "2022-01-03", "December 28", "2021-12-28"),
                    new Example("The company will pay the dividend on Feb. 1 to holders.",
                            "1989-10-27", "Feb. 1", "1990-02-01"),
                    new Example("The offer was extended to Nov. 16, it said.",
                            "1989-10-30", "Nov. 16", "1989-11-16")),
            DateRule.of("day month", EnumSet.of(WEEKDAY, FEW_DIGITS),
                    "(?:\\b(?<weekday>" + WEEKDAY_NAME + "),?\\s+)?\\b(?<day>\\d{1,2})" + ORDINAL + "(?:" + RANGE
                            + "(?<day2>\\d{1,2})" + ORDINAL + ")?\\s+(?:of\\s+)?(?<month>" + MONTH_NAME + ")(?!\\w)"
                            + "(?:,?\\s+" + YEAR + ")?",
                    (m, text, cal) -> dayOrRange(m, text, cal, false),
                    new Example("Talks began on 5 April 2022 in Istanbul.",
                            "2022-04-05", "5 April 2022", "2022-04-05"),
                    new Example("The vote is set for 5 April.",
                            "2022-04-05", "5 April", "2022-04-05"),
                    new Example("The festival runs 5-7 April in the old town.",
                            "2022-04-05", "5-7 April", "2022-04-05/2022-04-07"),
                    new Example("The vote is on Tuesday 5th of April.",
                            "2022-04-05", "Tuesday 5th of April", "2022-04-05")),
            DateRule.of("between", EnumSet.of(MONTH),
                    "(?<=\\bbetween\\s)(?<month>" + MONTH_NAME + ")\\s+(?<day>\\d{1,2})" + ORDINAL + "\\s+and\\s+"
                            + "(?:(?<month2>" + MONTH_NAME + ")\\s+)?(?<day2>\\d{1,2})" + ORDINAL
                            + "(?:,?\\s+" + YEAR + ")?",
                    (m, text, cal) -> dayOrRange(m, text, cal, true),
                    new Example("Shelling continued between March 3 and 5, officials said.",
                            "2022-04-05", "March 3 and 5", "2022-03-03/2022-03-05")),
            DateRule.of("month year", EnumSet.of(MONTH),
                    "\\b(?<month>" + MONTH_NAME + "),?\\s+(?:of\\s+)?(?:" + YEAR
                            + "|(?<mod>last|this|next)\\s+year)\\b",
                    DateRules::monthOfYear,
                    new Example("The region was annexed in March 2014.",
                            "2022-04-05", "March 2014", "2014-03"),
                    new Example("He was arrested in June last year.",
                            "1998-02-19", "June last year", "1997-06")),
            // A month name alone is a date only after a cue: "in March", "Last May", "the June agreement",
            // "December's figures" (not "May the talks...").
            DateRule.of("month", EnumSet.of(MONTH, MODIFIER),
                    "(?:(?<=\\b(?i:in|since|until|by|during|through|before|after|from|of|for|the|a|early|late"
                            + "|mid)[\\s-])|\\b(?<mod>(?i:last|next|this))\\s+|(?=" + FULL_MONTH_NAME + "['’]s\\b))"
                            + "(?<month>" + FULL_MONTH_NAME + ")\\b(?!\\s*\\d)",
                    DateRules::month,
                    new Example("The fighting escalated in February.",
                            "2022-04-05", "February", "2022-02"),
                    new Example("Last April the board met.",
                            "2022-04-05", "Last April", "2021-04"),
                    new Example("December's figures were revised.",
                            "2022-04-05", "December", "2021-12"),
                    new Example("The company was sold in March.",
                            "1989-11-02", "March", "1989-03"),
                    new Example("The shuttle will be launched in December.",
                            "1998-03-04", "December", "1998-12"),
                    new Example("The ruling is expected in December.",
                            "1989-11-02", "December", "1989-12"),
                    new Example("Acme said it expects to release results in mid-November.",
                            "1989-10-27", "November", "1989-11")),
            // A four-digit number in the years news talks about is a year unless money, a count or a measure
            // says otherwise: "$1990", "1,990", "1990 shares" never reach here or are refused below. "mid-1996"
            // and "post-1959" are years too.
            DateRule.of("year", EnumSet.of(FOUR_DIGITS),
                    "(?:(?<=\\b(?i:mid|pre|post)-)|(?<![$#£€\\d,.:/-]))" + YEAR
                            + "(?![\\d%/]|[,.:]\\d|[-–]\\d|\\s*(?:percent|per\\s+cent)\\b)",
                    (m, text, cal) -> DateRule.Value.date(m.group("year"), false),
                    new Example("The war began in 2014.", "2022-04-05",
                            "2014", "2014"),
                    new Example("Growth slowed in mid-1996.",
                            "2022-04-05", "1996", "1996")),
            DateRule.of("decade", EnumSet.of(FOUR_DIGITS),
                    "\\b(?<decade>(?:1[5-9]|20)\\d)0s\\b",
                    (m, text, cal) -> DateRule.Value.date(m.group("decade"), false),
                    new Example("Prices have not been this high since the 1990s.",
                            "2022-04-05", "1990s", "199")),
            DateRule.of("century", EnumSet.of(FEW_DIGITS, ORDINAL_WORD),
                    "\\b(?<ordinal>\\d{1,2}(?:st|nd|rd|th)|(?i:" + CalendarWords.ordinalPattern(n -> true)
                            + "))[\\s-]century\\b",
                    DateRules::century,
                    new Example("It is the worst war of the 21st century.",
                            "2022-04-05", "21st century", "20"),
                    new Example("They restored a nineteenth-century mill.",
                            "2022-04-05", "nineteenth-century", "18")),
            DateRule.of("weekday", EnumSet.of(WEEKDAY, MODIFIER),
                    "\\b(?:(?<mod>(?i:last|next|this|coming|past))\\s+)?(?<weekday>" + WEEKDAY_NAME + ")\\b"
                            + "(?:\\s+(?<part>morning|afternoon|evening|night)\\b)?",
                    DateRules::weekday,
                    new Example("On Monday, the president called for a trial.",
                            "2022-04-05", "Monday", "2022-04-04"),
                    new Example("The minister will address the council on Tuesday.",
                            "2022-04-05", "Tuesday", "2022-04-05"),
                    new Example("The minister will address the council on Tuesday.",
                            "2022-04-06", "Tuesday", "2022-04-12"),
                    new Example("He left last Tuesday.",
                            "2022-04-05", "last Tuesday", "2022-03-29"),
                    new Example("Shelling resumed Sunday night.",
                            "2022-04-05", "Sunday night", "2022-04-03TNI"),
                    new Example("Relatives will fight Wednesday's ruling.",
                            "2000-01-15", "Wednesday", "2000-01-12")),
            DateRule.of("deictic day", EnumSet.of(DEICTIC),
                    "\\b(?<word>(?i:yesterday|today|tomorrow))\\b(?!\\s+(?:morning|afternoon|evening|night))",
                    (m, text, cal) -> DateRule.Value.date(deictic(m.group("word"), cal).toString(), true),
                    new Example("Yesterday the mayor met them.",
                            "2022-04-05", "Yesterday", "2022-04-04"),
                    new Example("The mayor flies to Oslo tomorrow.",
                            "2022-04-05", "tomorrow", "2022-04-06")),
            DateRule.of("part of day", EnumSet.of(DEICTIC, MODIFIER),
                    "\\b(?:(?<word>(?i:yesterday|today|tomorrow|this))\\s+(?<part>morning|afternoon|evening|night)"
                            + "|(?<tonight>(?i:tonight)))\\b",
                    DateRules::partOfDay,
                    new Example("Sirens sounded this morning.",
                            "2022-04-05", "this morning", "2022-04-05TMO"),
                    new Example("The vote is tonight.",
                            "2022-04-05", "tonight", "2022-04-05TNI"),
                    new Example("The ferry sank yesterday afternoon.",
                            "2022-04-05", "yesterday afternoon", "2022-04-04TAF")),
            DateRule.of("relative unit", EnumSet.of(MODIFIER, ARTICLE),
                    "\\b(?<mod>(?i:last|next|this|(?:earlier|later)\\s+this|the\\s+(?:past|last)))\\s+"
                            + "(?<unit>week|weekend|month|year|decade)\\b",
                    DateRules::relativeUnit,
                    new Example("Prices rose last week.",
                            "2022-04-05", "last week", "2022-W13"),
                    new Example("Rents will fall next month.",
                            "2022-04-05", "next month", "2022-05"),
                    new Example("The bank raised rates earlier this year.",
                            "2022-04-05", "earlier this year", "2022"),
                    new Example("Prices rose over the past year.",
                            "2022-04-05", "the past year", "2021"),
                    new Example("Wages stalled over the last decade.",
                            "2022-04-05", "the last decade", "201")),
            // "for the year", "the full year": the article's year, as business news uses it; "the year 2000" and
            // "the year before" are read by other rules, and "Player of the Year" is a title.
            DateRule.of("the year", EnumSet.of(ARTICLE),
                    "\\b(?i:the)\\s+(?:(?:full|current|entire|whole)\\s+)?year\\b"
                            + "(?![-\\s]+(?:ago|earlier|before|after|later|end)\\b|['’]s\\b"
                            + "|\\s+(?:\\d|(?:one|two|nineteen|twenty)\\b))",
                    (m, text, cal) -> DateRule.Value.date(Integer.toString(cal.articleDate().getYear()), true),
                    new Example("Sales for the full year rose.",
                            "1990-08-13", "the full year", "1990")),
            DateRule.of("the weekend", EnumSet.of(ARTICLE),
                    "(?i)\\bthe\\s+weekend\\b",
                    DateRules::weekend,
                    new Example("Officials said over the weekend that talks had stalled.",
                            "1990-08-13", "the weekend", "1990-W32-WE"),
                    new Example("The talks will resume after the weekend.",
                            "1990-08-13", "the weekend", "1990-W33-WE")));

    /** Counted units, clock times and repetitions; after the others so that "a year ago" is read as one. */
    private static final List<DateRule> COUNTED = List.of(
            DateRule.of("ago", EnumSet.of(FEW_DIGITS, NUMBER),
                    "\\b" + COUNT + "\\s+(?<unit>day|week|month|year)s?\\s+ago\\b",
                    DateRules::ago,
                    new Example("The convoy left three days ago.",
                            "2022-04-05", "three days ago", "2022-04-02"),
                    new Example("The mine closed 3 years ago.",
                            "2022-04-05", "3 years ago", "2019"),
                    new Example("The plant opened a month ago.",
                            "2022-04-05", "a month ago", "2022-03"),
                    new Example("The mill closed fifty years ago.",
                            "2022-04-05", "fifty years ago", "1972")),
            DateRule.of("duration", EnumSet.of(FEW_DIGITS, NUMBER),
                    "(?<![-\\w])" + COUNT + "\\s+(?<unit>second|minute|hour|day|week|month|year|decade)s?(?![-\\w])",
                    DateRules::duration,
                    new Example("Rescuers searched for two days.",
                            "2022-04-05", "two days", "P2D"),
                    new Example("The meeting lasted an hour.",
                            "2022-04-05", "an hour", "PT1H"),
                    new Example("The dispute lasted forty years.",
                            "2022-04-05", "forty years", "P40Y")),
            DateRule.of("clock time", EnumSet.of(FEW_DIGITS),
                    "\\b(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?\\s*(?<half>(?i:a\\.m\\.|p\\.m\\.|am|pm))(?!\\w)"
                            + "(?:\\s+(?:[ECMP][SD]T|GMT|local time)\\b)?"
                            + "(?:,?\\s+(?:on\\s+)?(?<weekday>" + WEEKDAY_NAME + ")\\b|\\s+(?<word>(?i:today|yesterday|tomorrow))\\b)?",
                    DateRules::clockTime,
                    new Example("The council meets at 3 p.m. in New York.",
                            "2022-04-05", "3 p.m.", "2022-04-05T15:00"),
                    new Example("The polls will open at 9 a.m. EDT Thursday.",
                            "2022-04-05", "9 a.m. EDT Thursday", "2022-04-07T09:00")),
            DateRule.of("set", EnumSet.of(REPETITION),
                    "\\b(?:(?i:every|each)\\s+(?<unit>day|week|month|year|" + WEEKDAY_NAME + ")"
                            + "|(?<adverb>daily|weekly|monthly|annually|yearly))\\b",
                    DateRules::set,
                    new Example("Ministers meet every Monday.",
                            "2022-04-05", "every Monday", "XXXX-WXX-1"),
                    new Example("The agency publishes a weekly report.",
                            "2022-04-05", "weekly", "P1W")));

    /** Every rule, most specific first: of two matches with the same span the earlier rule's wins. */
    static final List<DateRule> ALL = Stream.of(CALENDAR, SpokenYearRules.ALL, PartOfYearRules.ALL, VagueRules.ALL,
            COUNTED)
            .flatMap(List::stream)
            .toList();

    private DateRules() {
    }

    private static Optional<DateRule.Value> isoDate(Matcher m, String text, DateResolver cal) {
        return calendarDay(() -> LocalDate.of(year(m), Integer.parseInt(m.group("month")),
                Integer.parseInt(m.group("day")))).flatMap(day -> DateRule.Value.date(day.toString(), false));
    }

    /** "March 2014", and "June last year", whose year comes from the article. */
    private static Optional<DateRule.Value> monthOfYear(Matcher m, String text, DateResolver cal) {
        String mod = m.group("mod");
        int year = mod == null ? year(m) : cal.articleDate().getYear() + switch (mod) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return CalendarWords.month(m.group("month"))
                .flatMap(month -> DateRule.Value.date(YearMonth.of(year, month).toString(), mod != null));
    }

    /** "Monday", "last Monday", and "Monday night", which TimeML writes as a time: 2022-04-04TNI. */
    private static Optional<DateRule.Value> weekday(Matcher m, String text, DateResolver cal) {
        // "Wednesday's ruling" has happened.
        Tense tense = text.startsWith("'s", m.end()) ? Tense.PAST : Tense.around(text, m.start(), m.end());
        String part = m.group("part");
        return CalendarWords.weekday(m.group("weekday")).map(weekday -> cal.weekday(weekday, tense, m.group("mod")))
                .flatMap(day -> part == null ? DateRule.Value.date(day.toString(), true)
                        : DateRule.Value.of("TIME", day + "T" + PARTS_OF_DAY.get(part), true));
    }

    /**
     * A day or a range of days; the year from the text when it says one, else the one nearest the article date.
     *
     * @param canNameSecondMonth whether the pattern has a {@code month2} group ("March 30 to April 2")
     */
    private static Optional<DateRule.Value> dayOrRange(Matcher m, String text, DateResolver cal,
                                                       boolean canNameSecondMonth) {
        boolean hasYear = m.group("year") != null;
        Optional<Month> named = CalendarWords.month(m.group("month"));
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Month month = named.get();
        int day = Integer.parseInt(m.group("day"));
        Optional<LocalDate> first = calendarDay(
                () -> hasYear ? LocalDate.of(year(m), month, day)
                        : cal.monthDay(month, day, Tense.around(text, m.start(), m.end())));
        if (first.isEmpty() || m.group("day2") == null) {
            return first.flatMap(date -> DateRule.Value.date(date.toString(), !hasYear));
        }
        Optional<Month> namedLast = canNameSecondMonth && m.group("month2") != null
                ? CalendarWords.month(m.group("month2")) : named;
        if (namedLast.isEmpty()) {
            return Optional.empty();
        }
        Month lastMonth = namedLast.get();
        // A range that runs over New Year ("December 30 to January 2") ends in the next year.
        int lastYear = lastMonth.compareTo(month) < 0 ? first.get().getYear() + 1 : first.get().getYear();
        int lastDay = Integer.parseInt(m.group("day2"));
        Optional<LocalDate> last = calendarDay(() -> LocalDate.of(lastYear, lastMonth, lastDay));
        // "April 5-3" is a score or a typo, not a range.
        if (last.isEmpty() || !last.get().isAfter(first.get())) {
            return Optional.empty();
        }
        return DateRule.Value.date(first.get() + "/" + last.get(), !hasYear);
    }

    private static Optional<DateRule.Value> month(Matcher m, String text, DateResolver cal) {
        return CalendarWords.month(m.group("month")).flatMap(month -> month(month, m, text, cal));
    }

    private static Optional<DateRule.Value> month(Month month, Matcher m, String text, DateResolver cal) {
        String mod = m.group("mod");
        YearMonth nearest = cal.month(month, Tense.around(text, m.start(), m.end()));
        YearMonth current = YearMonth.from(cal.articleDate());
        YearMonth value = mod == null ? nearest : switch (mod.toLowerCase(Locale.ROOT)) {
            case "last" -> nearest.isBefore(current) ? nearest : nearest.minusYears(1);
            case "next" -> nearest.isAfter(current) ? nearest : nearest.plusYears(1);
            default -> YearMonth.of(current.getYear(), month);
        };
        return DateRule.Value.date(value.toString(), true);
    }

    private static Optional<DateRule.Value> century(Matcher m, String text, DateResolver cal) {
        OptionalInt n = CalendarWords.ordinal(m.group("ordinal"));
        return n.isEmpty() || n.getAsInt() < 1 ? Optional.empty()
                : DateRule.Value.date(String.format(Locale.ROOT, "%02d", n.getAsInt() - 1), false);
    }

    private static LocalDate deictic(String word, DateResolver cal) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> cal.articleDate().minusDays(1);
            case "tomorrow" -> cal.articleDate().plusDays(1);
            default -> cal.articleDate();
        };
    }

    private static Optional<DateRule.Value> partOfDay(Matcher m, String text, DateResolver cal) {
        boolean tonight = m.group("tonight") != null;
        LocalDate day = tonight || m.group("word").equalsIgnoreCase("this")
                ? cal.articleDate() : deictic(m.group("word"), cal);
        String part = PARTS_OF_DAY.get(tonight ? "tonight" : m.group("part"));
        return DateRule.Value.of("TIME", day + "T" + part, true);
    }

    private static Optional<DateRule.Value> relativeUnit(Matcher m, String text, DateResolver cal) {
        String mod = m.group("mod").toLowerCase(Locale.ROOT);
        int shift = mod.endsWith("last") || mod.endsWith("past") ? -1 : mod.equals("next") ? 1 : 0;
        LocalDate date = cal.articleDate();
        String value = switch (m.group("unit")) {
            case "week" -> DateResolver.week(date.plusWeeks(shift));
            case "weekend" -> DateResolver.week(date.plusWeeks(shift)) + "-WE";
            case "month" -> YearMonth.from(date).plusMonths(shift).toString();
            case "decade" -> Integer.toString(date.getYear() / 10 + shift);
            default -> Integer.toString(date.getYear() + shift);
        };
        return DateRule.Value.date(value, true);
    }

    /** "over the weekend" in a report is the last one; in a clause about the future, the coming one. */
    private static Optional<DateRule.Value> weekend(Matcher m, String text, DateResolver cal) {
        LocalDate saturday = Tense.around(text, m.start(), m.end()) == Tense.FUTURE
                ? cal.articleDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : cal.articleDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return DateRule.Value.date(DateResolver.week(saturday) + "-WE", true);
    }

    private static Optional<DateRule.Value> ago(Matcher m, String text, DateResolver cal) {
        OptionalInt count = CalendarWords.count(m.group("n"));
        if (count.isEmpty()) {
            return Optional.empty();
        }
        int n = count.getAsInt();
        LocalDate date = cal.articleDate();
        String value = switch (m.group("unit")) {
            case "day" -> date.minusDays(n).toString();
            case "week" -> DateResolver.week(date.minusWeeks(n));
            case "month" -> YearMonth.from(date).minusMonths(n).toString();
            default -> Integer.toString(date.getYear() - n);
        };
        return DateRule.Value.date(value, true);
    }

    private static Optional<DateRule.Value> duration(Matcher m, String text, DateResolver cal) {
        OptionalInt n = CalendarWords.count(m.group("n"));
        String unit = m.group("unit");
        String timePart = unit.equals("second") || unit.equals("minute") || unit.equals("hour") ? "T" : "";
        return n.isEmpty() ? Optional.empty()
                : DateRule.Value.of("DURATION", "P" + timePart + n.getAsInt() + UNIT_CODES.get(unit), false);
    }

    private static Optional<DateRule.Value> clockTime(Matcher m, String text, DateResolver cal) {
        int hour = Integer.parseInt(m.group("hour"));
        int minute = m.group("minute") == null ? 0 : Integer.parseInt(m.group("minute"));
        boolean pm = m.group("half").toLowerCase(Locale.ROOT).startsWith("p");
        if (hour < 1 || hour > 12 || minute > 59) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
        Optional<LocalDate> day = m.group("weekday") != null
                ? CalendarWords.weekday(m.group("weekday"))
                        .map(weekday -> cal.weekday(weekday, Tense.around(text, m.start(), m.end()), null))
                : Optional.of(m.group("word") != null ? deictic(m.group("word"), cal) : cal.articleDate());
        return day.flatMap(date -> DateRule.Value.of("TIME", date + "T" + time, true));
    }

    private static Optional<DateRule.Value> set(Matcher m, String text, DateResolver cal) {
        String word = (m.group("unit") != null ? m.group("unit") : m.group("adverb")).toLowerCase(Locale.ROOT);
        Optional<String> value = switch (word) {
            case "day", "daily" -> Optional.of("P1D");
            case "week", "weekly" -> Optional.of("P1W");
            case "month", "monthly" -> Optional.of("P1M");
            case "year", "yearly", "annually" -> Optional.of("P1Y");
            default -> CalendarWords.weekday(word).map(day -> "XXXX-WXX-" + day.getValue());
        };
        return value.flatMap(v -> DateRule.Value.of("SET", v, false));
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    /** A calendar date, or empty when the text names an impossible one ("February 30"). */
    private static Optional<LocalDate> calendarDay(DaySupplier supplier) {
        try {
            return Optional.of(supplier.get());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Builds a date that may not exist. */
    @FunctionalInterface
    private interface DaySupplier {
        LocalDate get();
    }
}

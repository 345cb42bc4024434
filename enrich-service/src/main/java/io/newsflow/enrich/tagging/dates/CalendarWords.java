package io.newsflow.enrich.tagging.dates;

import io.newsflow.enrich.tagging.Lookups;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The calendar and number words of the date rules (months, weekdays, seasons, cardinals, ordinals, decades), in one
 * place: the start-word index, the patterns and the lookups that turn a matched word into a month or a number all
 * read these tables. When each kept its own list, a word known to a pattern but not to its lookup threw and sent the
 * whole article to the dead-letter topic; here a lookup of an unknown word is empty, and the rule declines the match.
 */
final class CalendarWords {

    /** Month abbreviations as news writes them, with or without a full stop; "Sept" before "Sep" in patterns. */
    private static final Map<String, Month> MONTH_ABBREVIATIONS = Map.ofEntries(Map.entry("jan", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH), Map.entry("apr", Month.APRIL),
            Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));
    private static final Map<String, Month> MONTHS = months();
    private static final Map<String, DayOfWeek> WEEKDAYS = Lookups.map(Arrays.stream(DayOfWeek.values())
            .collect(Collectors.toMap(day -> day.name().toLowerCase(Locale.ROOT), day -> day)));
    /** Cardinal number words; the tens also serve spoken years ("nineteen ninety-six"). */
    private static final Map<String, Integer> CARDINALS = Lookups.map(Map.ofEntries(Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90)));
    /** "a day", "an hour": the article counts one. */
    private static final Set<String> ONE = Set.of("a", "an");
    private static final Map<String, Integer> ORDINALS = Lookups.map(Map.ofEntries(Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("twenty-first", 21)));
    /** The decades as words, from the twenties, with their tens digit. */
    private static final Map<String, Integer> DECADES = Lookups.map(Map.of("twenties", 2, "thirties", 3,
            "forties", 4, "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9));

    /** Seasons with their TimeML codes. */
    private static final Map<String, String> SEASONS = Lookups.map(Map.of("spring", "SP", "summer", "SU",
            "fall", "FA", "autumn", "FA", "winter", "WI"));

    /** A month name, capitalised, or its abbreviation with an optional full stop: "March", "Mar", "Sept.". */
    static final String MONTH_NAME = "(?:" + alternation(capitalised(fullMonthNames())) + "|(?:"
            + alternation(capitalised(MONTH_ABBREVIATIONS.keySet())) + ")\\.?)";
    /** A month name in full, capitalised: the only form that is a date without a day or a year after it. */
    static final String FULL_MONTH_NAME = "(?:" + alternation(capitalised(fullMonthNames())) + ")";
    static final String WEEKDAY_NAME = "(?:" + alternation(capitalised(WEEKDAYS.keySet())) + ")";

    private CalendarWords() {
    }

    /** "March", "march", "Mar", "Sept." as a month. */
    static Optional<Month> month(String word) {
        String key = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return Optional.ofNullable(MONTHS.get(key.toLowerCase(Locale.ROOT)));
    }

    static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** A count of units: "3", "three", or "a" as in "a year ago". */
    static OptionalInt count(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (ONE.contains(lower)) {
            return OptionalInt.of(1);
        }
        if (!lower.isEmpty() && lower.length() <= 3 && lower.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.of(Integer.parseInt(lower));
        }
        return cardinal(lower);
    }

    /** "nineteen" as 19. */
    static OptionalInt cardinal(String word) {
        Integer value = CARDINALS.get(word.toLowerCase(Locale.ROOT));
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** "third", "twenty-first" or "3rd", "21st" as a number. */
    static OptionalInt ordinal(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Integer value = ORDINALS.get(lower);
        if (value != null) {
            return OptionalInt.of(value);
        }
        boolean digits = lower.length() >= 3 && lower.length() <= 4
                && lower.chars().limit(lower.length() - 2).allMatch(c -> c >= '0' && c <= '9')
                && List.of("st", "nd", "rd", "th").contains(lower.substring(lower.length() - 2));
        return digits ? OptionalInt.of(Integer.parseInt(lower.substring(0, lower.length() - 2)))
                : OptionalInt.empty();
    }

    /** "nineties" as 9, the tens digit of its decade. */
    static OptionalInt decade(String word) {
        Integer value = DECADES.get(word.toLowerCase(Locale.ROOT));
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** "Summer" as its TimeML code, SU. */
    static Optional<String> season(String word) {
        return Optional.ofNullable(SEASONS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Every month word in lower case, full and abbreviated, without full stops. */
    static Set<String> monthWords() {
        return MONTHS.keySet();
    }

    static Set<String> weekdayWords() {
        return WEEKDAYS.keySet();
    }

    /** Every word {@link #count} reads besides digits. */
    static Set<String> countWords() {
        return Lookups.set(Stream.concat(ONE.stream(), CARDINALS.keySet().stream()).toList());
    }

    static Set<String> ordinalWords() {
        return ORDINALS.keySet();
    }

    static Set<String> decadeWords() {
        return DECADES.keySet();
    }

    static Set<String> seasonWords() {
        return SEASONS.keySet();
    }

    /** A pattern matching the cardinal words whose value passes {@code values}: "eighteen|nineteen|twenty". */
    static String cardinalPattern(IntPredicate values) {
        return alternation(CARDINALS.entrySet().stream().filter(e -> values.test(e.getValue()))
                .map(Map.Entry::getKey).toList());
    }

    /** A pattern matching the ordinal words whose value passes {@code values}: "first|second|third|fourth". */
    static String ordinalPattern(IntPredicate values) {
        return alternation(ORDINALS.entrySet().stream().filter(e -> values.test(e.getValue()))
                .map(Map.Entry::getKey).toList());
    }

    static String decadePattern() {
        return alternation(DECADES.keySet());
    }

    static String seasonPattern() {
        return alternation(SEASONS.keySet());
    }

    /**
     * The words as regex alternatives, longest first so that a word is never cut short by its own prefix ("Sept"
     * before "Sep"), then alphabetically so that patterns do not depend on hash order.
     */
    private static String alternation(Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|"));
    }

    private static List<String> capitalised(Collection<String> words) {
        return words.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList();
    }

    private static List<String> fullMonthNames() {
        return Arrays.stream(Month.values()).map(m -> m.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static Map<String, Month> months() {
        var months = new HashMap<>(MONTH_ABBREVIATIONS);
        fullMonthNames().forEach(name -> months.put(name, Month.valueOf(name.toUpperCase(Locale.ROOT))));
        return Lookups.map(months);
    }
}

package io.newsflow.enrich.tagging.dates;

import io.newsflow.contracts.DateMention;
import io.newsflow.enrich.tagging.dates.DateRule.StartWord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.IntStream;

/**
 * Finds the date, time, duration and set expressions of an article and resolves each against the article's
 * published date. A rule is tried only where a word of its {@link StartWord kind} starts, with {@code lookingAt}:
 * scanning the whole text once per rule cost about twenty times more on a 3 KB article. Where matches overlap,
 * the longest wins ("Sunday, April 3" over "Sunday"), then the earliest. Keeps no state between calls.
 */
public final class DateTagger {

    /** For each kind of start word, the indexes in {@link DateRules#ALL} of the rules that can start with it. */
    private static final int[][] RULES_BY_START_WORD = rulesByStartWord();

    public List<DateMention> tag(String text, LocalDate publishedDate) {
        var calendar = new DateResolver(publishedDate);
        var matchers = new Matcher[DateRules.ALL.size()];
        var found = new ArrayList<Candidate>();
        int length = text.length();
        for (int start = 0; start < length; start++) {
            if (!Character.isLetterOrDigit(text.charAt(start))
                    || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            StartWord kind = startWord(text, start);
            if (kind == null || (kind == StartWord.ARTICLE || kind == StartWord.NUMBER)
                    && !nextWordCanContinue(text, start)) {
                continue;
            }
            for (int r : RULES_BY_START_WORD[kind.ordinal()]) {
                DateRule rule = DateRules.ALL.get(r);
                if (matchers[r] == null) {
                    // Transparent bounds let \b and look-behinds see the text before the candidate start.
                    matchers[r] = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher m = matchers[r].region(start, length);
                if (m.lookingAt()) {
                    rule.resolution().resolve(m, text, calendar).ifPresent(v -> found.add(new Candidate(
                            new DateMention(m.start(), m.end(), m.group(), v.type(), v.value(), v.relative()),
                            v.quarterShift())));
                }
            }
        }
        return DiscussedQuarter.resolve(withoutOverlaps(found));
    }

    private static StartWord startWord(String text, int start) {
        if (isAsciiDigit(text, start)) {
            return digitsKind(text, start);
        }
        String word = lowerCaseWord(text, start, wordEnd(text, start));
        StartWord kind = StartWords.kind(word);
        int hyphen = word.indexOf('-');
        // "third-quarter" and "year-earlier" start like "third" and "year".
        return kind == null && hyphen > 0 ? StartWords.kind(word.substring(0, hyphen)) : kind;
    }

    /**
     * A year-like number starts a date by itself ("in 1996"); a shorter one only with a letter, a colon or a dash
     * after it ("5 April", "3:30", "5-7 April", "2 years"). Scores and table columns such as "22 14 8" are spared the
     * rules, which measured as most of the date tagger's work on wire copy. Longer numbers never start a date.
     */
    private static StartWord digitsKind(String text, int start) {
        int end = start;
        while (isAsciiDigit(text, end)) {
            end++;
        }
        int digits = end - start;
        if (digits == 4) {
            return StartWord.FOUR_DIGITS;
        }
        if (digits > 3) {
            return null;
        }
        while (end < text.length() && isRegexSpace(text.charAt(end))) {
            end++;
        }
        if (end == text.length()) {
            return null;
        }
        char next = text.charAt(end);
        return Character.isLetter(next) || next == ':' || next == '-' || next == '–' || next == '—'
                ? StartWord.FEW_DIGITS : null;
    }

    /**
     * "the", "a" and number words start a date only when a date word, a unit or a digit follows ("the past",
     * "a day", "the 1990s"); checking the next word first spares the rules most of these very common words,
     * which measured as the date tagger's largest cost.
     */
    private static boolean nextWordCanContinue(String text, int start) {
        int end = wordEnd(text, start);
        int next = end;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\n')) {
            next++;
        }
        if (next == end || next >= text.length()) {
            return false;
        }
        if (Character.isDigit(text.charAt(next))) {
            return true;
        }
        int nextEnd = wordEnd(text, next);
        if (nextEnd == next) {
            return false;
        }
        String word = lowerCaseWord(text, next, nextEnd);
        int hyphen = word.indexOf('-');
        String head = hyphen > 0 ? word.substring(0, hyphen) : word;
        return StartWords.canContinue(word) || StartWords.canContinue(head);
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return end;
    }

    /** Lower-cases only words that have a capital: most words of an article are already in lower case. */
    private static String lowerCaseWord(String text, int start, int end) {
        String word = text.substring(start, end);
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i)) && word.charAt(i) != '-') {
                return word.toLowerCase(Locale.ROOT);
            }
        }
        return word;
    }

    private static boolean isAsciiDigit(String text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** The characters {@code \s} stands for in the rules' patterns. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Longest first, then earliest; kept mentions never overlap, so only the neighbours by start can clash. */
    private static List<Candidate> withoutOverlaps(List<Candidate> found) {
        var kept = new TreeMap<Integer, Candidate>();
        found.stream()
                .sorted(Comparator.comparingInt((Candidate d) -> d.end() - d.start()).reversed()
                        .thenComparingInt(Candidate::start))
                .forEach(candidate -> {
                    var before = kept.floorEntry(candidate.start());
                    var after = kept.ceilingEntry(candidate.start());
                    if ((before == null || before.getValue().end() <= candidate.start())
                            && (after == null || after.getKey() >= candidate.end())) {
                        kept.put(candidate.start(), candidate);
                    }
                });
        return List.copyOf(kept.values());
    }

    private static int[][] rulesByStartWord() {
        var byKind = new int[StartWord.values().length][];
        for (StartWord kind : StartWord.values()) {
            byKind[kind.ordinal()] = IntStream.range(0, DateRules.ALL.size())
                    .filter(r -> DateRules.ALL.get(r).startWords().contains(kind))
                    .toArray();
        }
        return byKind;
    }
}

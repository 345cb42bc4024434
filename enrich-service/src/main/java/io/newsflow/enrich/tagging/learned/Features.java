package io.newsflow.enrich.tagging.learned;

import io.newsflow.enrich.tagging.entities.Layout;
import io.newsflow.enrich.tagging.entities.RuleEvidence;
import io.newsflow.enrich.tagging.entities.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The features of each token of one article, as hashes. The per-word parts (the word, its lower case, its shape)
 * are hashed once per token and combined per feature, so a token's neighbours cost no new hashing.
 */
final class Features {

    /**
     * The name of the features this class computes. A model stores it and only loads where it matches: a model
     * trained on other features would load without error and tag nonsense. Change it with any change to them.
     */
    static final String SET = "newsflow-entities/4";

    /** No token has more features than this. */
    static final int MAX = 48;

    private static final int BIAS = 1;
    private static final int WORD = 2;
    private static final int LOWER = 3;
    private static final int SHAPE = 4;
    private static final int PREFIX = 5;
    private static final int SUFFIX = 6;
    private static final int LOWER_BEFORE = 7;
    private static final int LOWER_AFTER = 8;
    private static final int LOWER_TWO_BEFORE = 9;
    private static final int LOWER_TWO_AFTER = 10;
    private static final int SHAPE_BEFORE = 11;
    private static final int SHAPE_AFTER = 12;
    private static final int BIGRAM_BEFORE = 13;
    private static final int BIGRAM_AFTER = 14;
    private static final int SHAPE_TRIGRAM = 15;
    private static final int SENTENCE_START_SHAPE = 16;
    private static final int LINE_SHAPE = 17;
    private static final int LINE_LOWER = 18;
    private static final int GAZETTEER = 19;
    private static final int GAZETTEER_BEFORE = 20;
    private static final int GAZETTEER_AFTER = 21;
    private static final int FIRST_NAME = 22;
    private static final int LAST_WORD = 23;
    private static final int LAST_WORD_AFTER = 24;
    private static final int STOPWORD = 25;
    private static final int RULE = 26;
    private static final int RULE_SHAPE = 27;
    private static final int HISTORY = 28;
    private static final int ALSO_LOWER = 29;
    private static final int ALSO_CAPITALISED = 30;
    private static final int RULE_BEFORE = 31;
    private static final int RULE_AFTER = 32;

    /** Word roles: the token's own word, and the words one and two before and after it. */
    static final int SELF = 0;
    static final int BEFORE = 1;
    static final int AFTER = 2;
    static final int TWO_BEFORE = 3;
    static final int TWO_AFTER = 4;
    static final int ROLES = 5;
    private static final int[] OFFSETS = {0, -1, 1, -2, 2};

    private static final long OUTSIDE_LINE = Hashing.chars("<none>");

    private static final int PROSE = 0;
    private static final int HEADLINE = 1;
    private static final int CAPS = 2;
    private static final int DATELINE = 3;
    private static final int BYLINE = 4;

    private final List<Token> tokens;
    private final RuleEvidence evidence;
    private final long[] lower;
    private final long[] shape;
    private final int[] lineKind;
    private final int[] lineFrom;
    private final int[] lineTo;
    private final boolean[] alsoLower;
    private final boolean[] alsoCapitalised;

    Features(List<Token> tokens, Layout layout, RuleEvidence evidence) {
        this.tokens = tokens;
        this.evidence = evidence;
        int n = tokens.size();
        lower = new long[n];
        shape = new long[n];
        lineKind = new int[n];
        lineFrom = new int[n];
        lineTo = new int[n];
        alsoLower = new boolean[n];
        alsoCapitalised = new boolean[n];
        Set<String> lowerWords = new HashSet<>();
        Set<String> capitalisedWords = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            lower[i] = Hashing.chars(withDigitsAsZero(token.lower()));
            shape[i] = shape(token.text());
            int line = token.line();
            lineKind[i] = layout.isDateline(line) ? DATELINE : layout.isByline(line) ? BYLINE
                    : layout.isHeadline(line) ? HEADLINE : layout.isCaps(line) ? CAPS : PROSE;
            if (token.isWord() && lineKind[i] != HEADLINE && lineKind[i] != CAPS) {
                if (!token.isCapitalized()) {
                    lowerWords.add(token.lower());
                } else if (!token.sentenceStart()) {
                    capitalisedWords.add(token.lower());
                }
            }
        }
        for (int i = 0; i < n; i++) {
            lineFrom[i] = layout.firstToken(tokens.get(i).line());
            lineTo[i] = layout.endToken(tokens.get(i).line());
        }
        for (int i = 0; i < n; i++) {
            alsoLower[i] = lowerWords.contains(tokens.get(i).lower());
            alsoCapitalised[i] = capitalisedWords.contains(tokens.get(i).lower());
        }
    }

    /** Writes every feature of token {@code i} into {@code out} from {@code at}; returns how many. */
    int extract(int i, History history, long[] out, int at) {
        int n = at + extractContext(i, history, out, at);
        for (int role = 0; role < ROLES; role++) {
            int j = neighbour(i, role);
            n += j < 0 ? outsideFeatures(role, out, n)
                    : wordFeatures(role, withDigitsAsZero(tokens.get(j).text()), withDigitsAsZero(tokens.get(j).lower()),
                            out, n);
        }
        return n - at;
    }

    /**
     * The token, or the neighbour, whose own word fills a word role of token {@code i}; -1 outside the line (a name
     * never spans lines). The features of a word in a role depend on the word alone, which lets {@link WordScores}
     * keep their summed weights per word.
     */
    int neighbour(int i, int role) {
        int j = i + OFFSETS[role];
        return j >= lineFrom[i] && j < lineTo[i] ? j : -1;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /**
     * The features of a word in one of the {@link #ROLES} word roles, from the word and its lower case with
     * {@link #withDigitsAsZero digits as zeros}.
     */
    static int wordFeatures(int role, String word, String lowerCase, long[] out, int at) {
        int n = at;
        long lower = Hashing.chars(lowerCase);
        switch (role) {
            case SELF -> {
                out[n++] = Hashing.feature(BIAS, 0);
                out[n++] = Hashing.feature(WORD, Hashing.chars(word));
                out[n++] = Hashing.feature(LOWER, lower);
                out[n++] = Hashing.feature(SHAPE, shape(word));
                String text = lowerCase;
                for (int k = 1; k <= 4 && k < text.length(); k++) {
                    out[n++] = Hashing.feature(PREFIX, Hashing.chars(text, 0, k));
                    out[n++] = Hashing.feature(SUFFIX, Hashing.chars(text, text.length() - k, text.length()));
                }
            }
            case BEFORE -> {
                out[n++] = Hashing.feature(LOWER_BEFORE, lower);
                out[n++] = Hashing.feature(SHAPE_BEFORE, shape(word));
            }
            case AFTER -> {
                out[n++] = Hashing.feature(LOWER_AFTER, lower);
                out[n++] = Hashing.feature(SHAPE_AFTER, shape(word));
            }
            case TWO_BEFORE -> out[n++] = Hashing.feature(LOWER_TWO_BEFORE, lower);
            default -> out[n++] = Hashing.feature(LOWER_TWO_AFTER, lower);
        }
        return n - at;
    }

    /** The features of a word role that falls outside the line. */
    static int outsideFeatures(int role, long[] out, int at) {
        return switch (role) {
            case BEFORE -> {
                out[at] = Hashing.feature(LOWER_BEFORE, OUTSIDE_LINE);
                out[at + 1] = Hashing.feature(SHAPE_BEFORE, OUTSIDE_LINE);
                yield 2;
            }
            case AFTER -> {
                out[at] = Hashing.feature(LOWER_AFTER, OUTSIDE_LINE);
                out[at + 1] = Hashing.feature(SHAPE_AFTER, OUTSIDE_LINE);
                yield 2;
            }
            case TWO_BEFORE -> {
                out[at] = Hashing.feature(LOWER_TWO_BEFORE, OUTSIDE_LINE);
                yield 1;
            }
            case TWO_AFTER -> {
                out[at] = Hashing.feature(LOWER_TWO_AFTER, OUTSIDE_LINE);
                yield 1;
            }
            default -> throw new IllegalArgumentException("a token is never outside its own line");
        };
    }

    /**
     * Writes the features of token {@code i} that are not the features of one word in a role: word pairs, layout,
     * gazetteers, rules and history. Returns how many.
     */
    int extractContext(int i, History history, long[] out, int at) {
        Token token = tokens.get(i);
        int n = at;
        long lw = lower[i];
        long sh = shape[i];
        long lowerBefore = lowerAt(i, i - 1);
        long lowerAfter = lowerAt(i, i + 1);
        long shapeBefore = shapeAt(i, i - 1);
        long shapeAfter = shapeAt(i, i + 1);
        out[n++] = Hashing.feature(BIGRAM_BEFORE, Hashing.pair(lowerBefore, lw));
        out[n++] = Hashing.feature(BIGRAM_AFTER, Hashing.pair(lw, lowerAfter));
        out[n++] = Hashing.feature(SHAPE_TRIGRAM, Hashing.pair(Hashing.pair(shapeBefore, sh), shapeAfter));
        out[n++] = Hashing.feature(SENTENCE_START_SHAPE, Hashing.pair(token.sentenceStart() ? 1 : 0, sh));
        out[n++] = Hashing.feature(LINE_SHAPE, Hashing.pair(lineKind[i], sh));
        if (lineKind[i] != PROSE) {
            out[n++] = Hashing.feature(LINE_LOWER, Hashing.pair(lineKind[i], lw));
        }
        int gazetteer = evidence.gazetteerType(i);
        if (gazetteer != RuleEvidence.NONE) {
            out[n++] = Hashing.feature(GAZETTEER, gazetteer * 4L + evidence.gazetteerPosition(i));
        }
        out[n++] = Hashing.feature(GAZETTEER_BEFORE, i > lineFrom[i] ? evidence.gazetteerType(i - 1) : -2);
        out[n++] = Hashing.feature(GAZETTEER_AFTER, i + 1 < lineTo[i] ? evidence.gazetteerType(i + 1) : -2);
        if (evidence.isFirstName(i)) {
            out[n++] = Hashing.feature(FIRST_NAME, shapeAfter);
        }
        if (evidence.lastWordType(i) != RuleEvidence.NONE) {
            out[n++] = Hashing.feature(LAST_WORD, evidence.lastWordType(i));
        }
        if (i + 1 < lineTo[i] && evidence.lastWordType(i + 1) != RuleEvidence.NONE) {
            out[n++] = Hashing.feature(LAST_WORD_AFTER, evidence.lastWordType(i + 1));
        }
        if (evidence.isStopword(i)) {
            out[n++] = Hashing.feature(STOPWORD, sh);
        }
        long rule = evidence.ruleType(i) == RuleEvidence.NONE ? -1
                : evidence.ruleType(i) * 4L + evidence.rulePosition(i);
        out[n++] = Hashing.feature(RULE, rule);
        out[n++] = Hashing.feature(RULE_SHAPE, Hashing.pair(rule, sh));
        out[n++] = Hashing.feature(RULE_BEFORE, i > lineFrom[i] ? evidence.ruleType(i - 1) : -2);
        out[n++] = Hashing.feature(RULE_AFTER, i + 1 < lineTo[i] ? evidence.ruleType(i + 1) : -2);
        if (token.isWord() && (token.isCapitalized() || lineKind[i] == HEADLINE)) {
            out[n++] = Hashing.feature(ALSO_LOWER, alsoLower[i] ? 1 : 0);
            out[n++] = Hashing.feature(ALSO_CAPITALISED, alsoCapitalised[i] ? 1 : 0);
            int[] seen = history.of(token.lower());
            if (seen != null) {
                int total = 0;
                for (int count : seen) {
                    total += count;
                }
                for (int slot = 0; slot < seen.length; slot++) {
                    if (seen[slot] > 0) {
                        out[n++] = Hashing.feature(HISTORY, slot * 2L + (seen[slot] == total ? 1 : 0));
                    }
                }
            }
        }
        return n - at;
    }

    /**
     * A word of digits and punctuation with every digit a zero: "1996-08-30" and "2022-04-05" are one word to the
     * model. Scores, dates and table figures differ in every article; as zeros they share what the model learned,
     * and the per-word scores ({@link WordScores}) stay few. A word with a letter keeps its digits: "G7" is a name.
     */
    static String withDigitsAsZero(String word) {
        boolean digits = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                return word;
            }
            digits |= Character.isDigit(c) && c != '0';
        }
        if (!digits) {
            return word;
        }
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isDigit(chars[i])) {
                chars[i] = '0';
            }
        }
        return new String(chars);
    }

    boolean isHandleOrHashtag(int i) {
        return tokens.get(i).isHandle() || tokens.get(i).isHashtag();
    }

    /** Whether a token left outside any name is worth remembering as such: a capitalised word. */
    boolean isCapitalisedWord(int i) {
        Token token = tokens.get(i);
        return token.isWord() && token.isCapitalized();
    }

    /** The lower-case hash of token {@code j} if it is on token {@code i}'s line: a name never spans lines. */
    private long lowerAt(int i, int j) {
        return j >= lineFrom[i] && j < lineTo[i] ? lower[j] : OUTSIDE_LINE;
    }

    private long shapeAt(int i, int j) {
        return j >= lineFrom[i] && j < lineTo[i] ? shape[j] : OUTSIDE_LINE;
    }

    /**
     * "Xx" for "London", "X.X." for "U.S.", "d" for "1996", "x-x" for "all-rounder": the case and character class
     * of each character, runs of the same class collapsed, so word shapes generalise to words never seen.
     */
    private static long shape(String text) {
        long h = 0;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (cls != previous) {
                h = h * 31 + cls;
                previous = cls;
            }
        }
        return Hashing.mix(h + text.length() / 8);
    }
}

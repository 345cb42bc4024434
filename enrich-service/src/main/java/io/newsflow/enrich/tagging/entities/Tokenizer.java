package io.newsflow.enrich.tagging.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s with offsets, and marks where sentences start. Possessive {@code 's} becomes its
 * own token so "Ukraine's" yields the mention "Ukraine". Gazetteer phrases go through the same tokenizer, so a
 * phrase matches the text exactly when their tokens are equal.
 */
public final class Tokenizer {

    /** "U.S.A." at most; longer runs of capital-and-full-stop are cut after six. */
    private static final int MAX_ABBREVIATION_LETTERS = 6;
    /** Hyphen and apostrophe joins in one word ("mother-in-law's"); more become tokens of their own. */
    private static final int MAX_JOINS = 8;

    public List<Token> tokenize(String text) {
        var tokens = new ArrayList<Token>(text.length() / 5);
        boolean sentenceStart = true;
        int previousEnd = 0;
        int line = 0;
        int start = skipSpace(text, 0);
        while (start < text.length()) {
            int end = tokenEnd(text, start);
            String word = text.substring(start, end);
            int newlines = newlinesBetween(text, previousEnd, start);
            if (newlines > 0) {
                sentenceStart = true; // a new paragraph or headline
                line += newlines;
            }
            previousEnd = end;
            if (!Character.isLetterOrDigit(word.codePointAt(0)) && word.length() == 1) {
                tokens.add(new Token(word, start, end, false, line));
                sentenceStart = startsSentenceAfter(word, sentenceStart, text, end);
            } else {
                int possessive = possessiveStart(word);
                if (possessive > 0) {
                    tokens.add(new Token(word.substring(0, possessive), start, start + possessive, sentenceStart, line));
                    tokens.add(new Token(word.substring(possessive), start + possessive, end, false, line));
                } else {
                    tokens.add(new Token(word, start, end, sentenceStart, line));
                }
                sentenceStart = false;
            }
            start = skipSpace(text, end);
        }
        return tokens;
    }

    /**
     * Where the token starting at {@code start} ends, trying in order: an abbreviation ("U.S.", "U.N."), an initial
     * before a name ("M. Atherton"), a word with its hyphen and apostrophe joins, a handle or a hashtag, and else
     * the single character. A hand-written scanner: the same rules as one regular expression cost a seventh of the
     * whole tagger's time.
     */
    private static int tokenEnd(String text, int start) {
        int abbreviation = start;
        int letters = 0;
        while (letters < MAX_ABBREVIATION_LETTERS && isUpperCaseLetter(text, abbreviation)
                && charAt(text, abbreviation + Character.charCount(text.codePointAt(abbreviation))) == '.') {
            abbreviation += Character.charCount(text.codePointAt(abbreviation)) + 1;
            letters++;
        }
        if (letters >= 2) {
            return abbreviation;
        }
        if (letters == 1 && charAt(text, abbreviation) == ' ' && isUpperCaseLetter(text, abbreviation + 1)
                && isLowerCaseLetter(text, abbreviation + 1 + Character.charCount(text.codePointAt(abbreviation + 1)))) {
            return abbreviation;
        }
        int wordStart = start;
        char first = text.charAt(start);
        if ((first == '@' || first == '#') && isWordChar(text, start + 1)) {
            wordStart++;
        }
        int end = wordCharsEnd(text, wordStart);
        if (end == wordStart) {
            return start + Character.charCount(text.codePointAt(start));
        }
        for (int joins = 0; joins < MAX_JOINS && isJoin(charAt(text, end)) && isWordChar(text, end + 1); joins++) {
            end = wordCharsEnd(text, end + 1);
        }
        return end;
    }

    private static int wordCharsEnd(String text, int from) {
        int i = from;
        while (isWordChar(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** A letter or a number of any script: Unicode categories L and N. */
    private static boolean isWordChar(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char ascii = text.charAt(i);
        if (ascii < 128) {
            return ascii >= 'a' && ascii <= 'z' || ascii >= 'A' && ascii <= 'Z' || ascii >= '0' && ascii <= '9';
        }
        int c = text.codePointAt(i);
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isUpperCaseLetter(String text, int i) {
        return i < text.length() && Character.getType(text.codePointAt(i)) == Character.UPPERCASE_LETTER;
    }

    private static boolean isLowerCaseLetter(String text, int i) {
        return i < text.length() && Character.getType(text.codePointAt(i)) == Character.LOWERCASE_LETTER;
    }

    private static boolean isJoin(int c) {
        return c == '-' || c == '\'' || c == '’';
    }

    private static int charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : -1;
    }

    /** The whitespace that separates tokens: space, tab, the line breaks, form feed. */
    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /**
     * Whether the word after this punctuation mark starts a sentence. Quotes, brackets and dashes keep the state
     * they found, except an opening quote, which starts a quoted sentence.
     */
    private static boolean startsSentenceAfter(String mark, boolean current, String text, int end) {
        return switch (mark) {
            case ".", "!", "?", ":" -> true;
            case "\"", "“" -> current || (end < text.length() && Character.isLetter(text.charAt(end)));
            case "”", "'", "‘", "’", "(", ")", "[", "]", "—", "–", "-" -> current;
            default -> false;
        };
    }

    private static int newlinesBetween(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static int possessiveStart(String word) {
        int n = word.length();
        if (n > 2 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
                && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’')) {
            return n - 2;
        }
        return 0;
    }
}

package io.newsflow.enrich.tagging.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into {@link Token}s with offsets, and marks where sentences start. Possessive {@code 's} becomes its
 * own token so "Ukraine's" yields the mention "Ukraine". Gazetteer phrases go through the same tokenizer, so a
 * phrase matches the text exactly when their tokens are equal.
 */
final class Tokenizer {

    // Each repetition consumes at least one character, so matching stays linear in the text length; the group
    // repetitions are bounded because Java's regex engine recurses once per repetition of a group.
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,6}"                                   // U.S., U.N., U.S.A.
            + "|\\p{Lu}\\.(?= \\p{Lu}\\p{Ll})"                        // an initial: "M. Atherton"
            + "|[@#]?[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+){0,8}"  // words, hyphenated words, handles, hashtags
            + "|\\S");                                             // any other single character

    List<Token> tokenize(String text) {
        var tokens = new ArrayList<Token>();
        Matcher m = TOKEN.matcher(text);
        boolean sentenceStart = true;
        int previousEnd = 0;
        int line = 0;
        while (m.find()) {
            String word = m.group();
            int newlines = newlinesBetween(text, previousEnd, m.start());
            if (newlines > 0) {
                sentenceStart = true; // a new paragraph or headline
                line += newlines;
            }
            previousEnd = m.end();
            if (!Character.isLetterOrDigit(word.codePointAt(0)) && word.length() == 1) {
                tokens.add(new Token(word, m.start(), m.end(), false, line));
                sentenceStart = startsSentenceAfter(word, sentenceStart, text, m.end());
                continue;
            }
            int possessive = possessiveStart(word);
            if (possessive > 0) {
                tokens.add(new Token(word.substring(0, possessive), m.start(), m.start() + possessive, sentenceStart, line));
                tokens.add(new Token(word.substring(possessive), m.start() + possessive, m.end(), false, line));
            } else {
                tokens.add(new Token(word, m.start(), m.end(), sentenceStart, line));
            }
            sentenceStart = false;
        }
        return tokens;
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

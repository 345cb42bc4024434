package io.newsflow.enrich.tagging.entities;

import java.util.Locale;

/**
 * A word or punctuation mark with its {@code [start, end)} offsets in the article: the unit every entity rule reads.
 *
 * @param sentenceStart true for the first word of a sentence, a headline or a quotation, where a capital letter
 *                      says nothing about being a name
 * @param line          the index of the text line it is on: headlines, datelines and result tables are lines
 * @param lower         {@code text} in lower case, made once: gazetteer and word-list lookups ask for it per rule
 */
public record Token(String text, int start, int end, boolean sentenceStart, int line, String lower) {

    Token(String text, int start, int end, boolean sentenceStart, int line) {
        this(text, start, end, sentenceStart, line, text.toLowerCase(Locale.ROOT));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** "NATO", "UNSC", "G7": two or more letters, all upper case. */
    public boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    public boolean isHandle() {
        return text.length() > 1 && text.charAt(0) == '@';
    }

    public boolean isHashtag() {
        return text.length() > 1 && text.charAt(0) == '#';
    }

    /** A whole number such as a score or a table column: "22", "372". */
    public boolean isInteger() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "M." in "M. Atherton": one capital letter with its full stop. */
    public boolean isInitial() {
        return text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}

package io.newsflow.enrich.tagging.entities;

/**
 * A word or punctuation mark with its {@code [start, end)} offsets in the article: the unit every entity rule reads.
 *
 * @param sentenceStart true for the first word of a sentence, a headline or a quotation, where a capital letter
 *                      says nothing about being a name
 */
record Token(String text, int start, int end, boolean sentenceStart) {

    boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** "NATO", "UNSC", "G7": two or more letters, all upper case. */
    boolean isAllCaps() {
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

    boolean isHandle() {
        return text.length() > 1 && text.charAt(0) == '@';
    }

    boolean isHashtag() {
        return text.length() > 1 && text.charAt(0) == '#';
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}

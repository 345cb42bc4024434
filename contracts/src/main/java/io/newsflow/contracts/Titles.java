package io.newsflow.contracts;

import java.util.regex.Pattern;

/**
 * The title of an article whose source has none, as {@link RawArticle#title()} documents it: the first sentence of
 * its text, cut at a word boundary if long. One rule for ingest and the batch enricher.
 */
public final class Titles {

    static final int MAX_LENGTH = 120;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|\\R");

    private Titles() {
    }

    public static String derive(String text) {
        String stripped = text.strip();
        var end = SENTENCE_END.matcher(stripped);
        String sentence = end.find() ? stripped.substring(0, end.start()) : stripped;
        sentence = sentence.replaceAll("\\s+", " ").strip();
        if (sentence.length() <= MAX_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH - 1);
        return sentence.substring(0, cut > 0 ? cut : MAX_LENGTH - 1) + "…";
    }
}

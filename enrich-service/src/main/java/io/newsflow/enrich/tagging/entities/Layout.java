package io.newsflow.enrich.tagging.entities;

import java.util.List;

/**
 * What each line of an article is, from its shape alone. Wire copy is not all prose: a headline in capitals says
 * nothing by its capitals, a dateline ("LONDON 1996-08-30", "TAVILDARA , Tajikistan 1996-08-30") names the place the
 * story was filed from, the byline just above it names the reporter, and a line in capitals with numbers after the
 * names is a results table, not a headline.
 */
public final class Layout {

    /** Datelines and bylines are short; a longer line ending in a date is a sentence. */
    private static final int MAX_DATELINE_TOKENS = 8;
    private static final int MAX_BYLINE_WORDS = 4;

    private final boolean[] caps;
    private final boolean[] headline;
    private final boolean[] dateline;
    private final boolean[] byline;
    private final int[] firstToken;
    private final int[] endToken;

    private Layout(int lines) {
        firstToken = new int[lines];
        endToken = new int[lines];
        caps = new boolean[lines];
        headline = new boolean[lines];
        dateline = new boolean[lines];
        byline = new boolean[lines];
    }

    public static Layout of(List<Token> tokens) {
        int lines = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).line() + 1;
        var layout = new Layout(lines);
        int from = 0;
        while (from < tokens.size()) {
            int line = tokens.get(from).line();
            int to = from;
            while (to < tokens.size() && tokens.get(to).line() == line) {
                to++;
            }
            layout.read(tokens.subList(from, to), line);
            layout.firstToken[line] = from;
            layout.endToken[line] = to;
            from = to;
        }
        for (int line = 1; line < lines; line++) {
            layout.byline[line - 1] &= layout.dateline[line];
        }
        if (lines > 0) {
            layout.byline[lines - 1] = false;
        }
        return layout;
    }

    /** How many lines the text has, counting those without a token. */
    public int lines() {
        return caps.length;
    }

    /** The index of the first token on this line; a line without tokens has {@code firstToken == endToken}. */
    public int firstToken(int line) {
        return firstToken[line];
    }

    /** The index just after the last token on this line. */
    public int endToken(int line) {
        return endToken[line];
    }

    /** Every letter is a capital: names cannot be told from other words by their case. */
    public boolean isCaps(int line) {
        return caps[line];
    }

    /** A line in capitals that is neither a dateline nor a table row. */
    public boolean isHeadline(int line) {
        return headline[line];
    }

    public boolean isDateline(int line) {
        return dateline[line];
    }

    public boolean isByline(int line) {
        return byline[line];
    }

    private void read(List<Token> line, int index) {
        boolean hasLower = false;
        boolean hasUpper = false;
        boolean numberAfterWord = false;
        int words = 0;
        boolean allCapitalisedWords = true;
        for (int i = 0; i < line.size(); i++) {
            Token token = line.get(i);
            // Once a line has both cases, its other letters cannot change what it is.
            for (int c = 0; c < token.text().length() && !(hasLower && hasUpper); c++) {
                char ch = token.text().charAt(c);
                hasLower |= Character.isLowerCase(ch);
                hasUpper |= Character.isUpperCase(ch);
            }
            if (token.isInteger() && i > 0 && line.get(i - 1).isWord() && !line.get(i - 1).isInteger()) {
                numberAfterWord = true;
            }
            if (token.isWord()) {
                words++;
                allCapitalisedWords &= token.isCapitalized() && !token.isInteger();
            } else if (!token.text().equals(".")) {
                allCapitalisedWords = false;
            }
        }
        caps[index] = hasUpper && !hasLower;
        dateline[index] = line.size() <= MAX_DATELINE_TOKENS && isIsoDate(line.get(line.size() - 1).text());
        headline[index] = caps[index] && !dateline[index] && !numberAfterWord;
        byline[index] = words >= 2 && words <= MAX_BYLINE_WORDS && allCapitalisedWords && !caps[index];
    }

    private static boolean isIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (i != 4 && i != 7 && !Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

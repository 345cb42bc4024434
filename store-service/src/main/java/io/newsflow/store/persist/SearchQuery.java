package io.newsflow.store.persist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A full-text search as people type it, parsed once and written for each database: words (all must be there),
 * {@code "phrases"} (those words in that order), {@code OR} between two of them (either will do), and {@code -}
 * before a word or phrase (it must not be there). {@code OR} binds tighter than the space: {@code nato bucha OR irpin}
 * is NATO and either place. Case does not matter, and words are matched by their stem (summit, summits). Anything
 * else ({@code * ( ) :}) is taken as a word separator, so no input can reach the database as query syntax.
 *
 * @param clauses every one must match: each is one or more alternatives, or an exclusion
 */
public record SearchQuery(List<Clause> clauses) {

    /** A word ({@code words} has one) or a phrase (several, in order). */
    public record Term(List<String> words) {
    }

    /** Either of {@code anyOf} must match; or, when {@code excluded}, its one term must not. */
    public record Clause(List<Term> anyOf, boolean excluded) {
    }

    /** Bad syntax, with a sentence saying what is wrong, for the 400 answer. */
    public static final class SyntaxException extends IllegalArgumentException {
        SyntaxException(String message) {
            super(message);
        }
    }

    public SearchQuery {
        clauses = List.copyOf(clauses);
    }

    /** @throws SyntaxException naming the problem: an unclosed quote, a dangling OR, nothing to look for */
    public static SearchQuery parse(String text) {
        List<Token> tokens = tokens(text);
        var clauses = new ArrayList<Clause>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isOr()) {
                throw new SyntaxException("OR at character " + token.at + " has no word before it: write OR between "
                        + "two words or phrases, as in bucha OR irpin");
            }
            if (token.excluded) {
                clauses.add(new Clause(List.of(token.term), true));
                continue;
            }
            var anyOf = new ArrayList<>(List.of(token.term));
            while (i + 1 < tokens.size() && tokens.get(i + 1).isOr()) {
                Token or = tokens.get(i + 1);
                if (i + 2 >= tokens.size() || tokens.get(i + 2).isOr() || tokens.get(i + 2).excluded) {
                    throw new SyntaxException("OR at character " + or.at + " has no word after it: write OR between "
                            + "two words or phrases, as in bucha OR irpin");
                }
                anyOf.add(tokens.get(i + 2).term);
                i += 2;
            }
            clauses.add(new Clause(anyOf, false));
        }
        if (clauses.stream().allMatch(Clause::excluded)) {
            throw new SyntaxException(clauses.isEmpty()
                    ? "expected at least one word or \"phrase\" to search for"
                    : "expected at least one word or \"phrase\" to search for besides the excluded ones");
        }
        return new SearchQuery(clauses);
    }

    /** SQLite FTS5's query language, every word quoted, so that none is read as an operator. */
    public String toFts5() {
        String wanted = clauses.stream().filter(c -> !c.excluded())
                .map(c -> c.anyOf().size() == 1 ? fts5(c.anyOf().get(0))
                        : c.anyOf().stream().map(SearchQuery::fts5).collect(Collectors.joining(" OR ", "(", ")")))
                .collect(Collectors.joining(" AND "));
        String unwanted = clauses.stream().filter(Clause::excluded).map(c -> " NOT " + fts5(c.anyOf().get(0)))
                .collect(Collectors.joining());
        return clauses.stream().filter(Clause::excluded).findAny().isPresent() ? "(" + wanted + ")" + unwanted : wanted;
    }

    /** PostgreSQL's {@code websearch_to_tsquery} syntax, which takes these forms as they are and never fails. */
    public String toWebSearch() {
        return clauses.stream().map(c -> (c.excluded() ? "-" : "")
                + c.anyOf().stream().map(SearchQuery::quotedIfPhrase).collect(Collectors.joining(" or ")))
                .collect(Collectors.joining(" "));
    }

    private static String fts5(Term term) {
        return "\"" + String.join(" ", term.words()) + "\"";
    }

    private static String quotedIfPhrase(Term term) {
        return term.words().size() == 1 ? term.words().get(0) : "\"" + String.join(" ", term.words()) + "\"";
    }

    /** A word, a phrase or OR, with where it began (1-based) for messages. */
    private record Token(Term term, boolean excluded, int at) {
        boolean isOr() {
            return term == null;
        }
    }

    private static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean excluded = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            if (excluded) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    throw new SyntaxException("the phrase opened by the quote at character " + (i + 1)
                            + " has no closing quote");
                }
                List<String> words = words(text.substring(i + 1, close));
                if (words.isEmpty()) {
                    throw new SyntaxException("the phrase at character " + (i + 1) + " has no words in it");
                }
                tokens.add(new Token(new Term(words), excluded, start + 1));
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            String word = text.substring(i, end);
            i = end;
            if (word.equals("OR") && !excluded) {
                tokens.add(new Token(null, false, start + 1));
                continue;
            }
            // A word with punctuation inside (U.S., Bosnia-Herzegovina) is the phrase of its parts.
            List<String> words = words(word);
            if (!words.isEmpty()) {
                tokens.add(new Token(new Term(words), excluded, start + 1));
            }
        }
        return tokens;
    }

    /** The runs of letters and digits, lower-cased: what both databases index as words. */
    private static List<String> words(String text) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}

package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds names in headlines written in capitals, where case cannot tell "LEICESTERSHIRE" from "TAKE". A headline
 * word is a name only when the story below names the same thing in mixed case, and it gets that mention's type:
 * the story decides, so a headline never adds a guess of its own. Gazetteer names in headlines are found earlier,
 * by {@link Segmenter}.
 */
final class HeadlineRules {

    /** Longer headline phrases than this are never one name. */
    private static final int MAX_WORDS = 5;

    /** The spans plus the headline mentions of names that the story's other spans already typed. */
    List<Span> resolve(List<Token> tokens, List<Span> spans, Layout layout) {
        var typedByText = new HashMap<String, Span>();
        for (Span span : spans) {
            if (span.isEntity() && !layout.isHeadline(tokens.get(span.from()).line())) {
                typedByText.putIfAbsent(upperText(tokens, span.from(), span.to()), span);
                if (span.type() == EntityType.PERSON && span.length() > 1) {
                    // "EDBERG" in the headline of a story about "Stefan Edberg".
                    typedByText.putIfAbsent(upperText(tokens, span.to() - 1, span.to()),
                            new Span(span.to() - 1, span.to(), Span.Kind.NAME, EntityType.PERSON, null));
                }
            }
        }
        if (typedByText.isEmpty()) {
            return spans;
        }
        boolean[] covered = new boolean[tokens.size()];
        spans.forEach(span -> Arrays.fill(covered, span.from(), span.to(), true));
        var found = new ArrayList<Span>();
        int i = 0;
        while (i < tokens.size()) {
            if (covered[i] || !tokens.get(i).isWord() || !layout.isHeadline(tokens.get(i).line())) {
                i++;
                continue;
            }
            Span match = longestMatch(tokens, i, covered, typedByText);
            if (match != null) {
                found.add(match);
                i = match.to();
            } else {
                i++;
            }
        }
        if (found.isEmpty()) {
            return spans;
        }
        var all = new ArrayList<>(spans);
        all.addAll(found);
        all.sort(Comparator.comparingInt(Span::from));
        return all;
    }

    private static Span longestMatch(List<Token> tokens, int from, boolean[] covered, Map<String, Span> typedByText) {
        int line = tokens.get(from).line();
        int limit = from;
        while (limit < tokens.size() && limit - from < MAX_WORDS && !covered[limit]
                && tokens.get(limit).line() == line) {
            limit++;
        }
        for (int to = limit; to > from; to--) {
            Span same = typedByText.get(upperText(tokens, from, to));
            if (same != null) {
                return new Span(from, to, same.kind(), same.type(), same.known());
            }
        }
        return null;
    }

    private static String upperText(List<Token> tokens, int from, int to) {
        var out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(i > from ? " " : "").append(tokens.get(i).text().toUpperCase(Locale.ROOT));
        }
        return out.toString();
    }
}

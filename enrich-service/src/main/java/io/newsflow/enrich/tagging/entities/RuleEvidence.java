package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.EntityType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the rules and the gazetteers say about each token of an article, for a tagger that learns how far to trust
 * them: the rules' own entity spans, the longest gazetteer name or title covering the token, and the word lists a
 * token is in. Positions are BILOU: {@link #BEGIN}, {@link #INSIDE}, {@link #LAST} or {@link #UNIT}; types are
 * {@link EntityType} ordinals, {@link #TITLE} for a title, {@link #NONE} for nothing.
 */
public final class RuleEvidence {

    public static final int NONE = -1;
    public static final int TITLE = EntityType.values().length;
    public static final int BEGIN = 0;
    public static final int INSIDE = 1;
    public static final int LAST = 2;
    public static final int UNIT = 3;

    private final List<Span> spans;
    private final int[] ruleType;
    private final int[] rulePosition;
    private final int[] gazetteerType;
    private final int[] gazetteerPosition;
    private final Known[] gazetteerEntry;
    private final int[] gazetteerLength;
    private final int[] lastWordType;
    private final boolean[] firstName;
    private final boolean[] stopword;

    RuleEvidence(List<Token> tokens, List<Span> spans, Layout layout, Gazetteer gazetteer) {
        int n = tokens.size();
        this.spans = spans;
        ruleType = filled(n);
        rulePosition = filled(n);
        gazetteerType = filled(n);
        gazetteerPosition = filled(n);
        gazetteerEntry = new Known[n];
        gazetteerLength = new int[n];
        lastWordType = filled(n);
        firstName = new boolean[n];
        stopword = new boolean[n];
        for (Span span : spans) {
            if (span.isEntity()) {
                mark(ruleType, rulePosition, span.from(), span.to(), span.type().ordinal());
            }
        }
        int i = 0;
        while (i < n) {
            Token token = tokens.get(i);
            Optional<GazetteerMatch> match = !token.isWord() ? Optional.empty()
                    : layout.isCaps(token.line()) ? gazetteer.matchInCapitals(tokens, i) : gazetteer.match(tokens, i);
            if (match.isPresent()) {
                GazetteerMatch m = match.get();
                mark(gazetteerType, gazetteerPosition, i, i + m.length(), m.isTitle() ? TITLE : m.known().type().ordinal());
                gazetteerEntry[i] = m.known();
                gazetteerLength[i] = m.length();
                i += m.length();
            } else {
                i++;
            }
        }
        for (int t = 0; t < n; t++) {
            Token token = tokens.get(t);
            lastWordType[t] = gazetteer.typeOfLastWord(token.text()).map(Enum::ordinal).orElse(NONE);
            firstName[t] = gazetteer.isFirstName(token.text());
            stopword[t] = gazetteer.isStopword(token);
        }
    }

    public int ruleType(int token) {
        return ruleType[token];
    }

    public int rulePosition(int token) {
        return rulePosition[token];
    }

    public int gazetteerType(int token) {
        return gazetteerType[token];
    }

    public int gazetteerPosition(int token) {
        return gazetteerPosition[token];
    }

    /** The type a name ending in this word has ("Ministry", "Cup", "Square"), or {@link #NONE}. */
    public int lastWordType(int token) {
        return lastWordType[token];
    }

    public boolean isFirstName(int token) {
        return firstName[token];
    }

    public boolean isStopword(int token) {
        return stopword[token];
    }

    /** The rules' spans: names as the rules typed them, handles and hashtags. */
    List<Span> spans() {
        return spans;
    }

    /**
     * The gazetteer entry named exactly by tokens {@code [from, to)}, so its mentions share its key: one of the type
     * another tagger gave the name, or an organisation whatever type it gave. An organisation a deployment lists is
     * one wherever its exact name appears ("G7" is no event), while a listed place may well be a team or a
     * newspaper in context, so there the tagger's type stands.
     */
    Known known(int from, int to, EntityType type) {
        Known entry = gazetteerEntry[from];
        if (entry == null || gazetteerLength[from] != to - from) {
            return null;
        }
        return entry.type() == type || entry.type() == EntityType.ORGANIZATION ? entry : null;
    }

    private static void mark(int[] types, int[] positions, int from, int to, int type) {
        for (int t = from; t < to; t++) {
            types[t] = type;
            positions[t] = to - from == 1 ? UNIT : t == from ? BEGIN : t == to - 1 ? LAST : INSIDE;
        }
    }

    private static int[] filled(int n) {
        int[] values = new int[n];
        Arrays.fill(values, NONE);
        return values;
    }
}

package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.EntityType;

/**
 * A run of tokens {@code [from, to)} the entity rules treat as one unit: a known name, a title, a capitalised name
 * still to be classified, a handle or a hashtag.
 *
 * @param type  the entity type, or null while a {@link Kind#NAME} is unclassified and for titles
 * @param known the gazetteer entry of a {@link Kind#KNOWN} span, else null
 */
record Span(int from, int to, Kind kind, EntityType type, Known known) {

    enum Kind { KNOWN, TITLE, PLURAL_TITLE, NAME, HANDLE, HASHTAG }

    static Span known(int from, int to, Known known) {
        return new Span(from, to, Kind.KNOWN, known.type(), known);
    }

    static Span of(int from, int to, Kind kind) {
        return new Span(from, to, kind, null, null);
    }

    Span typed(EntityType newType) {
        return new Span(from, to, kind, newType, known);
    }

    boolean isEntity() {
        return type != null;
    }

    int length() {
        return to - from;
    }
}

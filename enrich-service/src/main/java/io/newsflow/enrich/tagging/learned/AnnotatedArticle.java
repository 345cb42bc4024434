package io.newsflow.enrich.tagging.learned;

import io.newsflow.contracts.EntityType;
import java.util.List;

/** An article with the names a person marked in it: what the tagger learns from and is scored against. */
public record AnnotatedArticle(String id, String text, List<Name> names) {

    public AnnotatedArticle {
        names = List.copyOf(names);
    }

    /** A marked name: characters {@code [start, end)} of the text and its type. */
    public record Name(int start, int end, EntityType type) {
    }
}

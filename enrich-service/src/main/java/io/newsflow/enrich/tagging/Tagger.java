package io.newsflow.enrich.tagging;

import java.time.LocalDate;

/**
 * Finds the entities and dates of one article. The topology (and later a batch command) depends only on this, so
 * another implementation (a statistical one, say) can replace the built-in one without touching the pipeline.
 * Implementations are shared by every stream thread, so they must be thread-safe; the simplest way is to keep no
 * state between calls.
 */
public interface Tagger {

    /** Name and version written into each event's lineage, e.g. {@code builtin/0.3.0}. */
    String name();

    /**
     * @param text          the article text; every offset returned points into it
     * @param publishedDate the article's date, against which relative dates ("on Monday") are resolved
     */
    Tagging tag(String text, LocalDate publishedDate);
}

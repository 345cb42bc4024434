package io.newsflow.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * Which story an article belongs to, published on {@link Topics#STORIES} keyed by {@link #articleId()}. A story is a
 * chain of near-duplicates: each article links to the most similar earlier one, and the story is named after the
 * first article of the chain. A later record for the same key replaces the earlier one (the topic is compacted): an
 * assignment changes when evidence arrives, say a rewrite ingested after its copy but stated earlier.
 *
 * @param articleId      the article, as on {@link Topics#RAW}
 * @param schemaVersion  {@link #SCHEMA_VERSION} of the writer
 * @param storyId        the id of the story's first article; the article's own id when it has no earlier near-duplicate
 * @param nearestEarlier the earlier article most similar to this one, or null when none is similar enough
 * @param similarity     the estimated share of the shorter article's runs of eight words found in the other (0-1), or null
 *                       with {@code nearestEarlier}
 * @param ingestedAt     when the article was ingested: "earlier" compares these, then the ids
 * @param method         how similarity was measured, {@link #METHOD}: a new method gets a new value
 */
public record StoryAssignment(
        String articleId,
        int schemaVersion,
        String storyId,
        String nearestEarlier,
        Double similarity,
        Instant ingestedAt,
        String method) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "news.story.assignment";
    /** Bottom-128 MinHash sketches of word 8-shingles, banded on the 48 smallest; linked at similarity 0.12 or more. */
    public static final String METHOD = "minhash-bottom128-w8/1";

    public StoryAssignment {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
    }
}

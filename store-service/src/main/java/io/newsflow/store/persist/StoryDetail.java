package io.newsflow.store.persist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One story: its versions in the order they were ingested, each with the earlier one it was found closest to, and
 * the entities its versions name most.
 *
 * @param topEntities the entities named in the most of its articles ({@code articleCount}), most first
 */
public record StoryDetail(String id, String title, int articleCount, Instant firstSeen, Instant lastUpdated,
                          List<Version> articles, List<EntityCount> topEntities) {

    /**
     * One article of the story. {@code title} and {@code publishedDate} are null while the article itself is not
     * stored yet (its assignment came first).
     *
     * @param nearestEarlier the earlier version it is most similar to; null for the first
     * @param similarity     the estimated share of the shorter article's text the two have in common
     */
    public record Version(String id, String title, LocalDate publishedDate, Instant ingestedAt, String nearestEarlier,
                          Double similarity) {
    }
}

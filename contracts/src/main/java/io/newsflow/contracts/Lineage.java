package io.newsflow.contracts;

import java.time.Instant;

/**
 * Where an enriched article came from and what tagged it, so any stored row can be traced back to its input.
 *
 * @param sourcePath   the inbox-relative path of the source file
 * @param rawTopic     the topic the raw event was read from
 * @param rawPartition its partition
 * @param rawOffset    its offset
 * @param enricher     tagger name and version, e.g. {@code builtin/0.3.0}
 * @param enrichedAt   when it was tagged
 */
public record Lineage(String sourcePath, String rawTopic, int rawPartition, long rawOffset, String enricher,
                      Instant enrichedAt) {
}

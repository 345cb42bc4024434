package io.newsflow.ingest;

import java.time.Duration;

/**
 * How much ingest-service publishes in one Kafka transaction. One transaction per file costs a commit round trip
 * per article; one per batch spreads it over many. The batch is committed as soon as any limit is reached, and at
 * the end of every scan, so a quiet inbox never waits for a batch to fill.
 *
 * @param maxArticles most outcomes per transaction: articles, already-present files and refused files or lines
 * @param maxBytes    a batch is committed once the input it holds reaches this many bytes
 * @param maxWait     a batch is committed once it has been open this long, so the first file of a large scan (or
 *                    the first lines of a large archive) reaches Kafka without waiting for the rest
 */
public record BatchLimits(int maxArticles, int maxBytes, Duration maxWait) {
}

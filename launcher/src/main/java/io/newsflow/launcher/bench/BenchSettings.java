package io.newsflow.launcher.bench;

import java.util.Optional;

/**
 * What one bench run does.
 *
 * @param articles       articles dropped at once in the bulk phase
 * @param sizeBytes      about how large each article file is (a little under, never over)
 * @param filesPerSecond the pace of the latency phase's drops
 * @param latencyFiles   files dropped one at a time in the latency phase
 * @param postgresqlUrl  a PostgreSQL server to store in, in schemas the bench creates and drops; empty for SQLite in
 *                       the run's temporary folder
 * @param seed           the generator's seed: the same seed, the same articles
 */
public record BenchSettings(int articles, int sizeBytes, double filesPerSecond, int latencyFiles,
                            Optional<String> postgresqlUrl, long seed) {

    public static final int DEFAULT_ARTICLES = 5000;
    /** A typical wire story, and the size the tagger's throughput target is stated in. */
    public static final int DEFAULT_SIZE_BYTES = 3000;
    /** Whole, so the help can show it as people write it; {@code --rate} takes fractions. */
    public static final int DEFAULT_FILES_PER_SECOND = 20;
    public static final int DEFAULT_LATENCY_FILES = 200;
}

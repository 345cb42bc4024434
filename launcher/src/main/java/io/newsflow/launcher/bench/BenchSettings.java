package io.newsflow.launcher.bench;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What one bench run does.
 *
 * @param phases          what it measures
 * @param articles        articles dropped at once in the bulk phase
 * @param sizeBytes       about how large each article file is (a little under, never over)
 * @param filesPerSecond  the pace of the latency phase's drops
 * @param latencyFiles    files dropped one at a time in the latency phase
 * @param searchArticles  articles in the search phase's store
 * @param searchRequests  timed searches of each kind in the search phase, after its warm-up
 * @param postgresqlUrl   a PostgreSQL server to store in, in schemas the bench creates and drops; empty for SQLite in
 *                        the run's temporary folder
 * @param seed            the generator's seed: the same seed, the same articles
 */
public record BenchSettings(Set<Phase> phases, int articles, int sizeBytes, double filesPerSecond, int latencyFiles,
                            int searchArticles, int searchRequests, Optional<String> postgresqlUrl, long seed) {

    /** What a run can measure; either or both. */
    public enum Phase {
        /** The whole pipeline: time to ready, bulk throughput, latency, and the Kafka and database ceilings. */
        PIPELINE,
        /** Search latency through the store's API, on a store filled for it. */
        SEARCH;

        /** As the command line writes it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Set<Phase> DEFAULT_PHASES = Set.of(Phase.PIPELINE);
    public static final int DEFAULT_ARTICLES = 5000;
    /** A typical wire story, and the size the tagger's throughput target is stated in. */
    public static final int DEFAULT_SIZE_BYTES = 3000;
    /** Whole, so the help can show it as people write it; {@code --rate} takes fractions. */
    public static final int DEFAULT_FILES_PER_SECOND = 20;
    public static final int DEFAULT_LATENCY_FILES = 200;
    /**
     * A store that fills in about half a minute on 2 cores. The search target is stated for 100,000 articles, whose
     * fill takes 4 to 6 minutes here on SQLite or PostgreSQL: {@code --search-articles 100000} for that.
     */
    public static final int DEFAULT_SEARCH_ARTICLES = 20_000;
    public static final int DEFAULT_SEARCH_REQUESTS = 100;
    /** Untimed searches of each kind before the timed ones: the JIT compiles, the database's caches fill. */
    public static final int SEARCH_WARM_UP_ROUNDS = 20;

    public BenchSettings {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a run measures at least one phase");
        }
        phases = Set.copyOf(phases);
    }

    public boolean measures(Phase phase) {
        return phases.contains(phase);
    }
}

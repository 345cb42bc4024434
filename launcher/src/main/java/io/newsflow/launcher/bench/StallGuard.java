package io.newsflow.launcher.bench;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Bounds a wait by progress rather than by a fixed time: the wait fails once its count has not moved for the quiet
 * time, so a large run is never cut short while a stalled one ends quickly, with the phase and the count it stalled
 * at. Every waiting loop of the bench checks one.
 */
final class StallGuard {

    /** Long enough for a garbage collection, a rebalance or a database checkpoint; far shorter than a user's patience. */
    static final Duration QUIET = Duration.ofSeconds(60);

    private final String phase;
    private final long total;
    private final Duration quiet;
    private long last = -1;
    private long since;

    StallGuard(String phase, long total, Duration quiet) {
        this.phase = phase;
        this.total = total;
        this.quiet = quiet;
    }

    StallGuard(String phase, long total) {
        this(phase, total, QUIET);
    }

    /** Throws when {@code done} has stayed the same for the quiet time; {@code state} adds what the phase knows. */
    void check(long done, Supplier<String> state) {
        long now = System.nanoTime();
        if (done != last) {
            last = done;
            since = now;
        } else if (now - since > quiet.toNanos()) {
            String more = state.get();
            throw new BenchFailedException("stalled in " + phase + " at " + done + "/" + total + ": nothing moved for "
                    + quiet.toSeconds() + " s" + (more.isEmpty() ? "" : " (" + more + ")"));
        }
    }

    void check(long done) {
        check(done, () -> "");
    }
}

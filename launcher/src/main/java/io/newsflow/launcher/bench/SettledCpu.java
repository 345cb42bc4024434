package io.newsflow.launcher.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The CPU time the one process (broker, services, the bench's watchers) spends on a piece of work, counted until it
 * has gone quiet: work that goes on after the store has counted every article (story assignment, say) counts too.
 * CPU time, not elapsed time, so other processes on the machine hardly move it.
 */
final class SettledCpu {

    /** Below this the pipeline is idle: the broker's and watchers' own ticking is well under it. */
    static final double IDLE_CORES = 0.15;
    private static final Duration WINDOW = Duration.ofSeconds(1);
    private static final int QUIET_WINDOWS = 2;
    private static final Duration MOST = Duration.ofSeconds(120);

    private SettledCpu() {
    }

    /** The process's CPU time so far, in nanoseconds. */
    static long now() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * The CPU time since {@code startNanos} (a {@link #now()}), once the process has used under {@link #IDLE_CORES}
     * for two windows of a second in a row, or after two minutes at most, quiet or not.
     */
    static Duration since(long startNanos) throws InterruptedException {
        long deadline = System.nanoTime() + MOST.toNanos();
        int quiet = 0;
        long before = now();
        while (quiet < QUIET_WINDOWS && System.nanoTime() < deadline) {
            Thread.sleep(WINDOW.toMillis());
            long after = now();
            quiet = (after - before) < IDLE_CORES * WINDOW.toNanos() ? quiet + 1 : 0;
            before = after;
        }
        // the quiet windows themselves are not the work's
        return Duration.ofNanos(Math.max(0, before - startNanos - (long) (quiet * IDLE_CORES * WINDOW.toNanos())));
    }
}

package io.newsflow.launcher.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The line a user watches while the bench runs: once a second, on standard error, the phase, how far it is and the
 * rate over the last second ({@code bench bulk: 2310/5000 stored, 312/s (published 5000, enriched 2400)}). Standard
 * output is kept for the final table, so it can be saved or diffed alone.
 */
public final class Progress implements AutoCloseable {

    private final PrintStream out;
    private final ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "newsflow-bench-progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Phase phase = new Phase("starting", "", 0);
    private volatile long done;
    private volatile String note = "";
    // Read and written by the printer thread only.
    private Phase printedPhase;
    private long printedDone;
    private long printedAt;

    private record Phase(String name, String unit, long total) {
    }

    public Progress(PrintStream out) {
        this.out = out;
        printer.scheduleAtFixedRate(this::print, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * A new phase: {@code total} things to do, counted in {@code unit} ("stored", "records"). Its first line is printed
     * at once, so even a phase shorter than a second shows.
     */
    public void phase(String name, String unit, long total) {
        done = 0;
        note = "";
        phase = new Phase(name, unit, total);
        if (!printer.isShutdown()) {
            printer.execute(this::print);
        }
    }

    public void done(long count) {
        done = count;
    }

    /** What else the phase knows, shown after the rate. */
    public void note(String text) {
        note = text;
    }

    private void print() {
        Phase now = phase;
        long count = done;
        long at = System.nanoTime();
        String rate = "";
        if (now == printedPhase && at > printedAt) {
            rate = String.format(Locale.ROOT, ", %.0f/s", (count - printedDone) * 1e9 / (at - printedAt));
        }
        String extra = note;
        out.printf(Locale.ROOT, "bench %s: %d/%d %s%s%s%n", now.name(), count, now.total(), now.unit(), rate,
                extra.isEmpty() ? "" : " (" + extra + ")");
        printedPhase = now;
        printedDone = count;
        printedAt = at;
    }

    @Override
    public void close() {
        printer.shutdownNow();
    }
}

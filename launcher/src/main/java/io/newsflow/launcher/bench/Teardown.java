package io.newsflow.launcher.bench;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a run has set up, undone in reverse order: the pipeline before the broker, the broker before its folder, the
 * PostgreSQL schemas last. Closing is idempotent and synchronized, because it runs at the end of a run and again from
 * the shutdown hook when a user presses Ctrl+C; a part that fails to close is reported and the rest still closes.
 */
final class Teardown implements AutoCloseable {

    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private final PrintStream errors;

    Teardown(PrintStream errors) {
        this.errors = errors;
    }

    synchronized <T extends AutoCloseable> T push(T part) {
        parts.push(part);
        return part;
    }

    @Override
    public synchronized void close() {
        while (!parts.isEmpty()) {
            AutoCloseable part = parts.pop();
            try {
                part.close();
            } catch (Exception e) {
                errors.println("bench: cleaning up " + part + " failed: " + e);
            }
        }
    }
}

package io.newsflow.launcher.bench;

/**
 * The bench could not finish a phase: a stage stopped moving, or what it measured does not add up. The message
 * names the phase, how far it got and why, because that is what a user reports back.
 */
public final class BenchFailedException extends RuntimeException {

    public BenchFailedException(String message) {
        super(message);
    }

    public BenchFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

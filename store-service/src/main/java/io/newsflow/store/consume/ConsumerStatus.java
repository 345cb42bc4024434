package io.newsflow.store.consume;

/**
 * What the consumer is doing, for the health endpoint.
 *
 * @param detail why it is retrying or stopped; null while all is well
 */
public record ConsumerStatus(State state, String detail) {

    public enum State {
        /** Built, loop not started yet. */
        STARTING,
        /** Polling and storing. */
        RUNNING,
        /** Waiting out a database or broker outage before trying the same records again. */
        RETRYING,
        /** Closed, or stopped by an error that needs a person. */
        STOPPED
    }

    public boolean isHealthy() {
        return state == State.RUNNING;
    }
}

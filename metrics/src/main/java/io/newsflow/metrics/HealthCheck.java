package io.newsflow.metrics;

/** What a service tells its orchestrator: {@code /health/ready} and {@code /health/live}. */
public interface HealthCheck {

    /** Whether the service can do its job now (see {@link Readiness}); 503 when not. */
    Readiness readiness();

    /**
     * False only when restarting the process is the cure; an outage the service waits out by itself keeps it live,
     * since a restart would only add a restart to the outage.
     */
    default boolean live() {
        return true;
    }
}

package io.newsflow.metrics;

import io.newsflow.config.Env;

/**
 * Where a service on its own serves {@code /metrics} and {@code /health/*}: {@code NEWSFLOW_METRICS_HOST} and
 * {@code NEWSFLOW_METRICS_PORT}, read by ingest-service and enrich-service, each with its own default port so that
 * both can run on one machine. Under {@code ./newsflow run} neither is opened: the store's API port serves the
 * whole process.
 *
 * @param port 0 binds any free port
 */
public record MetricsEndpoint(String host, int port) {

    public static final String NEWSFLOW_METRICS_HOST = "NEWSFLOW_METRICS_HOST";
    public static final String NEWSFLOW_METRICS_PORT = "NEWSFLOW_METRICS_PORT";

    /** Loopback only unless told otherwise, as the store's API: a container sets 0.0.0.0. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** Reads both variables, reporting a bad port to {@code env}. */
    public static MetricsEndpoint read(Env env, int defaultPort) {
        return new MetricsEndpoint(env.string(NEWSFLOW_METRICS_HOST, DEFAULT_HOST),
                env.port(NEWSFLOW_METRICS_PORT, defaultPort));
    }

    public MetricsEndpoint withPort(int other) {
        return new MetricsEndpoint(host, other);
    }
}

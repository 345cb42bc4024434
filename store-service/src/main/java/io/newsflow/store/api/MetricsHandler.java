package io.newsflow.store.api;

import io.newsflow.metrics.Metrics;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /metrics}: every meter of the process in Prometheus' text format, for Prometheus to scrape. Under
 * {@code ./newsflow run} that is the whole pipeline's, ingest's and enrich's meters included.
 */
final class MetricsHandler implements Endpoint {

    static final String PATH = "/metrics";

    private final Metrics metrics;

    MetricsHandler(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public boolean serves(String path) {
        return path.equals(PATH);
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(PATH, Set.of()));
    }

    @Override
    public Reply get(URI uri) {
        return Reply.ok(new Text(Metrics.CONTENT_TYPE, metrics.scrape()));
    }
}

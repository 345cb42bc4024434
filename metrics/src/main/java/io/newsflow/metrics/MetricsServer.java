package io.newsflow.metrics;

import io.newsflow.http.ApiRequest;
import io.newsflow.http.ApiResponse;
import io.newsflow.http.HttpServer;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoint of a service without an API of its own (ingest, enrich), on the store API's own small server:
 * {@code GET /metrics} for Prometheus, {@code /health/ready} (and {@code /health}, as on the store) and
 * {@code /health/live} for orchestrators, in the store's shapes. GET and HEAD only; no token, as on the store.
 */
public final class MetricsServer implements AutoCloseable {

    static final String METRICS = "/metrics";
    static final String HEALTH = "/health";
    static final String READY = "/health/ready";
    static final String LIVE = "/health/live";
    private static final String ALLOWED_METHODS = "GET, HEAD";

    private static final Logger log = LoggerFactory.getLogger(MetricsServer.class);

    /** The liveness body, as the store's. */
    record Liveness(String status) {
    }

    private final String service;
    private final Metrics metrics;
    private final HealthCheck health;
    private final HttpServer server;

    /** @param service the service's name as its log lines begin, e.g. {@code ingest} */
    public MetricsServer(String service, MetricsEndpoint endpoint, Metrics metrics, HealthCheck health) {
        this.service = service;
        this.metrics = metrics;
        this.health = health;
        this.server = new HttpServer(endpoint.host(), endpoint.port(), service + "-metrics-http", this::answer);
    }

    /** Binds; a port already taken fails here, naming the variable that sets it. */
    public void start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException(e.getMessage() + " (" + MetricsEndpoint.NEWSFLOW_METRICS_PORT + ")", e);
        }
        log.info("{} metrics listening on {}: {} {} {}", service, address(), METRICS, READY, LIVE);
    }

    /** Where it listens, with the real port when configured as 0; valid after {@link #start()}. */
    public URI address() {
        return server.address();
    }

    /** A bug in a meter or a health check is answered 500 and logged once, as the store's API does. */
    private ApiResponse answer(ApiRequest request) {
        try {
            return route(request);
        } catch (RuntimeException e) {
            log.error("{} metrics failed on {} {}", service, request.method(), request.path(), e);
            return ApiResponse.error(500, "internal error");
        }
    }

    private ApiResponse route(ApiRequest request) {
        String path = request.path();
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return ApiResponse.error(405, "method " + request.method() + " not allowed: use GET or HEAD")
                    .header("Allow", ALLOWED_METHODS);
        }
        if (path.equals(METRICS)) {
            return ApiResponse.text(200, Metrics.CONTENT_TYPE, metrics.scrape());
        }
        if (path.equals(READY) || path.equals(HEALTH)) {
            Readiness readiness = health.readiness();
            return ApiResponse.json(readiness.ready() ? 200 : 503, readiness.body());
        }
        if (path.equals(LIVE)) {
            boolean live = health.live();
            return ApiResponse.json(live ? 200 : 503, new Liveness(live ? "UP" : "DOWN"));
        }
        return ApiResponse.error(404, "no such resource: " + path);
    }

    @Override
    public void close() {
        server.close();
    }
}

package io.newsflow.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.contracts.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The internal endpoint of a service without an API of its own (ingest, enrich): {@code GET /metrics} for
 * Prometheus, {@code /health/ready} (and {@code /health}, as on the store), {@code /health/live}. GET and HEAD only.
 * It answers a scraper and a probe, nobody else, so the JDK's small server is enough here: the store's API has its
 * own server because it must answer every malformed request of any client in its JSON error shape.
 */
public final class MetricsServer implements AutoCloseable {

    static final String METRICS = "/metrics";
    static final String HEALTH = "/health";
    static final String READY = "/health/ready";
    static final String LIVE = "/health/live";

    /** The liveness body, as the store's. */
    record Liveness(String status) {
    }

    private static final Logger log = LoggerFactory.getLogger(MetricsServer.class);

    private final String service;
    private final MetricsEndpoint endpoint;
    private final Metrics metrics;
    private final HealthCheck health;
    // Set by start(), read by close(), which may run on a shutdown-hook thread.
    private volatile HttpServer server;
    private volatile ExecutorService threads;

    /** @param service the service's name as its log lines begin, e.g. {@code ingest} */
    public MetricsServer(String service, MetricsEndpoint endpoint, Metrics metrics, HealthCheck health) {
        this.service = service;
        this.endpoint = endpoint;
        this.metrics = metrics;
        this.health = health;
    }

    public void start() {
        HttpServer bound;
        try {
            bound = HttpServer.create(new InetSocketAddress(endpoint.host(), endpoint.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + endpoint.host() + ":" + endpoint.port()
                    + " for /metrics (" + MetricsEndpoint.NEWSFLOW_METRICS_PORT + "): " + e.getMessage(), e);
        }
        // One thread: a scrape and a probe every few seconds are all it serves.
        threads = Executors.newSingleThreadExecutor(task -> new Thread(task, "newsflow-metrics-http"));
        bound.setExecutor(threads);
        bound.createContext("/", this::answer);
        bound.start();
        server = bound;
        log.info("{} metrics listening on {}: {} {} {}", service, address(), METRICS, READY, LIVE);
    }

    /** Where it listens, with the real port when configured as 0; valid after {@link #start()}. */
    public URI address() {
        String host = endpoint.host().contains(":") ? "[" + endpoint.host() + "]" : endpoint.host();
        return URI.create("http://" + host + ":" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, Json.write(error(405, "method " + method + " not allowed: use GET or HEAD")));
            } else if (path.equals(METRICS)) {
                send(exchange, 200, Metrics.CONTENT_TYPE, metrics.scrape().getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(READY) || path.equals(HEALTH)) {
                Readiness readiness = health.readiness();
                send(exchange, readiness.ready() ? 200 : 503, Json.write(readiness.body()));
            } else if (path.equals(LIVE)) {
                boolean live = health.live();
                send(exchange, live ? 200 : 503, Json.write(new Liveness(live ? "UP" : "DOWN")));
            } else {
                send(exchange, 404, Json.write(error(404, "no such resource: " + path)));
            }
        }
    }

    /** The store API's error shape. */
    private static Map<String, Object> error(int status, String message) {
        var body = new LinkedHashMap<String, Object>();
        body.put("status", status);
        body.put("error", message);
        return body;
    }

    private static void send(HttpExchange exchange, int status, byte[] json) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", json);
    }

    /** HEAD gets GET's status and headers, Content-Length included, and no body. */
    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        }
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}

package io.newsflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoint of ingest and enrich, on a free port, with a service whose readiness the test switches. */
class MetricsServerTest {

    record Body(String status, String kafka, String detail) {
    }

    private final AtomicBoolean ready = new AtomicBoolean(true);
    private final AtomicBoolean live = new AtomicBoolean(true);
    private final Metrics metrics = new Metrics();
    private final HttpClient http = HttpClient.newHttpClient();
    private MetricsServer server;

    @BeforeEach
    void start() {
        server = new MetricsServer("test", new MetricsEndpoint("127.0.0.1", 0), metrics, new HealthCheck() {
            @Override
            public Readiness readiness() {
                return ready.get() ? new Readiness(true, new Body("UP", "UP", null))
                        : new Readiness(false, new Body("DOWN", "DOWN", "waiting for Kafka"));
            }

            @Override
            public boolean live() {
                return live.get();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    @Test
    void metrics_are_served_in_prometheus_text_with_the_jvm_meters_and_newsflow_counters() throws Exception {
        Metrics.deadLettered(metrics.registry(), "enrich-service").increment();

        var response = send("GET", "/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).contains("newsflow_deadletter_records_total{service=\"enrich-service\"} 1.0",
                "jvm_memory_used_bytes", "jvm_gc_", "jvm_threads_live_threads", "jvm_classes_loaded_classes",
                "system_cpu_count");
    }

    @Test
    void readiness_is_200_up_or_503_down_with_the_reason_and_health_is_its_older_name() throws Exception {
        assertThat(send("GET", "/health/ready").body()).isEqualTo("{\"status\":\"UP\",\"kafka\":\"UP\",\"detail\":null}");
        ready.set(false);

        for (String path : new String[] {"/health/ready", "/health"}) {
            var response = send("GET", path);
            assertThat(response.statusCode()).as(path).isEqualTo(503);
            assertThat(response.body()).as(path)
                    .isEqualTo("{\"status\":\"DOWN\",\"kafka\":\"DOWN\",\"detail\":\"waiting for Kafka\"}");
        }
    }

    @Test
    void liveness_stays_up_while_not_ready_and_is_503_only_when_the_service_says_so() throws Exception {
        ready.set(false);
        assertThat(send("GET", "/health/live")).satisfies(r -> assertThat(r.statusCode()).isEqualTo(200))
                .extracting(HttpResponse::body).isEqualTo("{\"status\":\"UP\"}");
        live.set(false);
        assertThat(send("GET", "/health/live")).satisfies(r -> assertThat(r.statusCode()).isEqualTo(503))
                .extracting(HttpResponse::body).isEqualTo("{\"status\":\"DOWN\"}");
    }

    @Test
    void head_answers_get_headers_without_a_body_other_methods_are_405_and_other_paths_404() throws Exception {
        var get = send("GET", "/health/ready");
        var head = send("HEAD", "/health/ready");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length()));

        var post = send("POST", "/metrics");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(post.body()).isEqualTo("{\"status\":405,\"error\":\"method POST not allowed: use GET or HEAD\"}");

        assertThat(send("GET", "/api/articles").body())
                .isEqualTo("{\"status\":404,\"error\":\"no such resource: /api/articles\"}");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        URI uri = server.address().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

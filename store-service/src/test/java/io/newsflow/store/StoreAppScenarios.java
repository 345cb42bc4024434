package io.newsflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Topics;
import io.newsflow.metrics.Metrics;
import io.newsflow.store.api.OpenApiContract;
import io.newsflow.testing.KafkaFixture;
import io.newsflow.testing.MetricsPage;
import io.newsflow.testing.PostgresSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * store-service as it runs: a real {@link StoreApp} against a real in-process Kafka broker, on each database. Each
 * test gets a broker of its own, so topics and groups cannot leak between tests.
 */
abstract class StoreAppScenarios {

    /** The broker a scenario runs on; each scenario gets a fresh one. */
    abstract KafkaFixture newKafka();

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final byte[] POISON = "{\"id\": \"truncated".getBytes(StandardCharsets.UTF_8);

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void articles_are_stored_once_poison_is_dead_lettered_and_a_restart_changes_nothing_on_sqlite() throws Exception {
        try (var kafka = newKafka()) {
            runScenario(kafka, config(kafka));
        }
    }

    @Test
    void articles_are_stored_once_poison_is_dead_lettered_and_a_restart_changes_nothing_on_postgresql()
            throws Exception {
        try (var schema = PostgresSchema.create(); var kafka = newKafka()) {
            runScenario(kafka, config(kafka).withDatabase(schema.jdbcUrl(), schema.user(), null));
        }
    }

    @Test
    void a_locked_database_is_retried_and_reported_unhealthy_but_never_dead_lettered() throws Exception {
        EnrichedArticle nato = TestArticles.natoMeeting();
        try (var kafka = newKafka(); var metrics = new Metrics(); var app = new StoreApp(config(kafka), metrics)) {
            app.start();
            try (Connection other = DriverManager.getConnection(app.config().dbUrl())) {
                // given another process holds the SQLite write lock past the store's busy timeout
                other.createStatement().execute("BEGIN EXCLUSIVE");

                // when an article arrives
                kafka.send(Topics.ENRICHED, nato.id(), nato);

                // then the store reports itself not ready while it retries, yet alive: a restart would not help
                await().atMost(WAIT).untilAsserted(() -> {
                    HttpResponse<byte[]> health = send(app.apiAddress(), "/health");
                    assertThat(health.statusCode()).isEqualTo(503);
                    assertThat(Json.tree(health.body()).get("consumer").asText()).isEqualTo("RETRYING");
                    assertThat(send(app.apiAddress(), "/health/ready").statusCode()).isEqualTo(503);
                });
                HttpResponse<byte[]> live = send(app.apiAddress(), "/health/live");
                assertThat(live.statusCode()).isEqualTo(200);
                assertThat(Json.tree(live.body()).get("status").asText()).isEqualTo("UP");
                other.createStatement().execute("COMMIT");
            }

            // and once the lock is gone it stores the article, healthy again, with nothing dead-lettered
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(get(app.apiAddress(), "/api/articles").get("total").asLong()).isEqualTo(1);
                assertThat(send(app.apiAddress(), "/health").statusCode()).isEqualTo(200);
                assertThat(send(app.apiAddress(), "/health/ready").statusCode()).isEqualTo(200);
            });
            assertThat(kafka.read(Topics.DEAD_LETTER, 0, Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void a_token_in_the_environment_guards_the_api_but_not_health_or_metrics_and_never_shows_in_the_log()
            throws Exception {
        String token = "3f0a9c1e7b5d4a2c8e6f0b1d3a5c7e9f";
        var logs = new ListAppender<ILoggingEvent>();
        var appLog = (Logger) LoggerFactory.getLogger(StoreApp.class);
        logs.start();
        appLog.addAppender(logs);
        try (var kafka = newKafka(); var metrics = new Metrics();
             var app = new StoreApp(config(kafka, Map.of(StoreConfig.NEWSFLOW_API_TOKEN, token)), metrics)) {
            app.start();

            HttpResponse<byte[]> without = send(app.apiAddress(), "/api/articles");
            HttpResponse<byte[]> with = send(app.apiAddress(), "/api/articles", "Authorization", "Bearer " + token);

            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(with.statusCode()).isEqualTo(200);
            assertThat(MetricsPage.scrape(app.apiAddress()).text()).as("/metrics is open, as /health is")
                    .contains("newsflow_store_articles_saved_total 0.0");
            await().atMost(WAIT).untilAsserted(() -> assertThat(send(app.apiAddress(), "/health").statusCode())
                    .isEqualTo(200));
        } finally {
            appLog.detachAppender(logs);
        }
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.startsWith("store starting") && line.contains("NEWSFLOW_API_TOKEN=<masked>"))
                .noneMatch(line -> line.contains(token));
    }

    private StoreConfig config(KafkaFixture kafka) {
        return config(kafka, Map.of());
    }

    private StoreConfig config(KafkaFixture kafka, Map<String, String> env) {
        return StoreConfig.fromEnv(env)
                .withBootstrapServers(kafka.bootstrapServers())
                .withDataDir(dataDir)
                .withHttpPort(0);
    }

    private void runScenario(KafkaFixture kafka, StoreConfig config) throws Exception {
        EnrichedArticle nato = TestArticles.natoMeeting();
        try (var metrics = new Metrics(); var app = new StoreApp(config, metrics)) {
            app.start();

            // given three distinct articles, one of them sent twice, and one record that is not JSON
            kafka.send(Topics.ENRICHED, nato.id(), nato);
            kafka.send(Topics.ENRICHED, TestArticles.buchaStatement().id(), TestArticles.buchaStatement());
            kafka.send(Topics.ENRICHED, nato.id(), nato);
            kafka.sendBytes(Topics.ENRICHED.name(), "poison".getBytes(StandardCharsets.UTF_8), POISON);
            kafka.send(Topics.ENRICHED, TestArticles.kyivReport().id(), TestArticles.kyivReport());

            // then all five are consumed: the API shows exactly the distinct three, the poison is on the DLQ
            await().atMost(WAIT).untilAsserted(() -> assertThat(committed(kafka, config.groupId())).isEqualTo(5));
            JsonNode list = get(app.apiAddress(), "/api/articles");
            assertThat(list.get("total").asLong()).isEqualTo(3);
            assertThat(list.get("items").findValuesAsText("id")).containsExactly(nato.id(),
                    TestArticles.buchaStatement().id(), TestArticles.kyivReport().id());
            assertThat(get(app.apiAddress(), "/api/articles/" + nato.id()).get("entities")).hasSize(4);
            assertThat(get(app.apiAddress(), "/health").get("status").asText()).isEqualTo("UP");
            assertPoisonDeadLetteredOnce(kafka);

            // and /metrics on the API port counts them: three saved, one already present, one dead-lettered, all
            // five records in committed batches, beside the pool's and the consumer's own meters
            var page = MetricsPage.scrape(app.apiAddress());
            assertThat(page.value("newsflow_store_articles_saved_total")).hasValue(3.0);
            assertThat(page.value("newsflow_store_articles_already_present_total")).hasValue(1.0);
            assertThat(page.value("newsflow_deadletter_records_total{service=\"store-service\"}")).hasValue(1.0);
            assertThat(page.value("newsflow_store_batch_size_sum")).hasValue(5.0);
            assertThat(page.value("newsflow_store_commit_time_seconds_count"))
                    .isEqualTo(page.value("newsflow_store_batch_size_count"));
            assertThat(page.text()).contains("hikaricp_connections_active{", "jvm_gc_");
            // the lag per partition shows once the consumer's meters are refreshed after its assignment
            await().atMost(WAIT).untilAsserted(() -> assertThat(MetricsPage.scrape(app.apiAddress()).text())
                    .contains("kafka_consumer_fetch_manager_records_lag{"));
        }

        // when the store restarts on the same database and one more article arrives
        try (var metrics = new Metrics(); var app = new StoreApp(config, metrics)) {
            app.start();
            kafka.send(Topics.ENRICHED, TestArticles.numbered(1).id(), TestArticles.numbered(1));

            // then only that one is added, and nothing is read twice (the poison would be dead-lettered again)
            await().atMost(WAIT).untilAsserted(() -> assertThat(committed(kafka, config.groupId())).isEqualTo(6));
            assertThat(get(app.apiAddress(), "/api/articles").get("total").asLong()).isEqualTo(4);
            assertPoisonDeadLetteredOnce(kafka);
        }
    }

    private static void assertPoisonDeadLetteredOnce(KafkaFixture kafka) {
        var dead = kafka.read(Topics.DEAD_LETTER, 1, WAIT);
        assertThat(dead).as("exactly the poison record is dead-lettered").hasSize(1);
        var record = dead.get(0);
        assertThat(record.value()).isEqualTo(POISON);
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("poison");
        assertThat(Headers.text(record.headers(), Headers.DLQ_TOPIC)).isEqualTo(Topics.ENRICHED.name());
        assertThat(Headers.text(record.headers(), Headers.DLQ_PARTITION)).matches("\\d+");
        assertThat(Headers.text(record.headers(), Headers.DLQ_OFFSET)).matches("\\d+");
        assertThat(Headers.text(record.headers(), Headers.DLQ_SERVICE)).isEqualTo("store-service");
        assertThat(Headers.text(record.headers(), Headers.DLQ_ERROR)).startsWith("not valid JSON: ");
    }

    /** The sum of the group's committed offsets: how many records it has finished with. */
    private static long committed(KafkaFixture kafka, String groupId) throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            return admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get().values().stream()
                    .mapToLong(OffsetAndMetadata::offset).sum();
        }
    }

    private JsonNode get(URI api, String path) throws Exception {
        return Json.tree(send(api, path).body());
    }

    /** A GET, its answer checked against openapi.json as the API's own tests check theirs. */
    private HttpResponse<byte[]> send(URI api, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(api.resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        OpenApiContract.SERVED.check(response.request(), response,
                new String(response.body(), StandardCharsets.UTF_8));
        return response;
    }
}

package io.newsflow.faults;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichMain;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestMain;
import io.newsflow.kafka.embedded.BrokerMain;
import io.newsflow.store.StoreConfig;
import io.newsflow.store.StoreMain;
import io.newsflow.testing.KafkaFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole pipeline as five processes (broker, PostgreSQL, ingest, enrich, store), each started the way an
 * operator starts it: the broker and the services from their own main classes, configured only by {@code NEWSFLOW_*}
 * variables. A scenario kills, stops and restarts any of them and reads the outcome from the database and topics.
 */
final class Pipeline implements AutoCloseable {

    static final int MAX_FILE_BYTES = 20_000;

    final Path inbox;
    final JvmProcess broker;
    final PostgresServer postgres;
    final JvmProcess ingest;
    final JvmProcess enrich;
    final JvmProcess store;
    private final String bootstrap;
    private final String dbUrl;
    private final int httpPort;
    private final HttpClient http = HttpClient.newHttpClient();

    Pipeline(Path dir, PostgresServer postgres, String database) throws IOException, SQLException {
        this.postgres = postgres;
        this.inbox = Files.createDirectories(dir.resolve("inbox"));
        Path logs = dir.resolve("logs");
        int kafkaPort = Ports.free();
        this.bootstrap = "127.0.0.1:" + kafkaPort;
        this.httpPort = Ports.free();
        postgres.createDatabase(database);
        this.dbUrl = postgres.jdbcUrl(database);
        broker = new JvmProcess("broker", BrokerMain.class.getName(),
                List.of(dir.resolve("kafka").toString(), Integer.toString(kafkaPort)), Map.of(), logs);
        ingest = new JvmProcess("ingest", IngestMain.class.getName(), List.of(), Map.of(
                IngestConfig.BOOTSTRAP_SERVERS, bootstrap,
                IngestConfig.INBOX, inbox.toString(),
                IngestConfig.DATA_DIR, dir.resolve("ingest-data").toString(),
                IngestConfig.AFTER, "move",
                IngestConfig.SCAN_INTERVAL, "200ms",
                IngestConfig.SETTLE_TIME, "300ms",
                IngestConfig.MAX_FILE_BYTES, Integer.toString(MAX_FILE_BYTES),
                IngestConfig.METRICS_PORT, "0"), logs);
        enrich = new JvmProcess("enrich", EnrichMain.class.getName(), List.of(), Map.of(
                EnrichConfig.NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS, bootstrap,
                EnrichConfig.NEWSFLOW_DATA_DIR, dir.resolve("enrich-data").toString(),
                EnrichConfig.NEWSFLOW_ENRICH_INSTANCE_ID, "enrich-1",
                EnrichConfig.NEWSFLOW_METRICS_PORT, "0"), logs);
        store = new JvmProcess("store", StoreMain.class.getName(), List.of(), Map.of(
                StoreConfig.NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS, bootstrap,
                StoreConfig.NEWSFLOW_DB_URL, dbUrl,
                StoreConfig.NEWSFLOW_DB_USER, "postgres",
                StoreConfig.NEWSFLOW_HTTP_PORT, Integer.toString(httpPort)), logs);
    }

    void startAll() {
        broker.start();
        store.start();
        enrich.start();
        ingest.start();
    }

    List<JvmProcess> services() {
        return List.of(ingest, enrich, store);
    }

    KafkaFixture kafka() {
        return KafkaFixture.attach(bootstrap);
    }

    /** Stored article ids, straight from the database; empty while it cannot be reached. */
    Set<String> storedIds() {
        var ids = new HashSet<String>();
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "");
             var rows = c.createStatement().executeQuery("SELECT id FROM articles")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            return Set.of();
        }
        return ids;
    }

    /** The entity keys stored for each article, in one query: the suite checks tens of thousands. */
    Map<String, Set<String>> storedEntityKeys() throws SQLException {
        var keys = new HashMap<String, Set<String>>();
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "");
             var rows = c.createStatement().executeQuery("SELECT article_id, entity_key FROM article_entities")) {
            while (rows.next()) {
                keys.computeIfAbsent(rows.getString(1), id -> new HashSet<>()).add(rows.getString(2));
            }
        }
        return keys;
    }

    /** The store's health status code, or -1 while it does not answer. */
    int healthStatus() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() throws Exception {
        for (JvmProcess process : List.of(ingest, enrich, store, broker)) {
            process.close();
        }
    }

}

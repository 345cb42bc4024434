package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.contracts.Topics;
import io.newsflow.kafka.embedded.EmbeddedKraftBroker;
import io.newsflow.metrics.Metrics;
import io.newsflow.testing.KafkaFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The broker goes away while ingest-service runs and files keep arriving. Only the in-process broker can be stopped
 * and started again on the same log folder and port, so this scenario is not part of {@link IngestScenarios}.
 */
class IngestBrokerOutageIT {

    @TempDir
    Path inbox;
    @TempDir
    Path data;
    @TempDir
    Path kafkaLogs;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private EmbeddedKraftBroker broker;

    @BeforeEach
    void listen() {
        logs.start();
        var ingestLog = (Logger) LoggerFactory.getLogger(InboxIngestor.class);
        ingestLog.addAppender(logs);
        ingestLog.setLevel(Level.DEBUG); // the per-article lines are at DEBUG
    }

    @AfterEach
    void stop() {
        var ingestLog = (Logger) LoggerFactory.getLogger(InboxIngestor.class);
        ingestLog.detachAppender(logs);
        ingestLog.setLevel(null);
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void files_dropped_while_the_broker_is_down_are_published_once_when_it_is_back_and_readiness_follows() throws Exception {
        broker = EmbeddedKraftBroker.start(kafkaLogs, 0);
        String bootstrap = broker.bootstrapServers();
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        var config = IngestConfig.fromEnv(Map.of(IngestConfig.BOOTSTRAP_SERVERS, bootstrap,
                IngestConfig.INBOX, inbox.toString(), IngestConfig.DATA_DIR, data.toString(),
                IngestConfig.SCAN_INTERVAL, "100ms", IngestConfig.SETTLE_TIME, "200ms"));
        try (var metrics = new Metrics(); var ingest = new IngestApp(config, metrics)) {
            ingest.start();
            Files.writeString(inbox.resolve("before.txt"), " date 2022-04-05 Published before the outage.");
            await().atMost(Duration.ofSeconds(30)).until(() -> published().contains("before.txt"));

            // when the broker stops and two files arrive
            broker.close();
            broker = null;
            Files.writeString(inbox.resolve("during-1.txt"), " date 2022-04-05 Dropped during the outage.");
            Files.writeString(inbox.resolve("during-2.txt"), " date 2022-04-05 Also dropped during the outage.");
            await().atMost(Duration.ofSeconds(60)).until(() -> messages().anyMatch(m -> m.startsWith("ingest pending")));

            // then it says it is not ready while it waits, yet alive: it waits the outage out by itself
            assertThat(ingest.readiness()).satisfies(readiness -> {
                assertThat(readiness.ready()).isFalse();
                assertThat(readiness.body()).isEqualTo(new IngestApp.Health("DOWN", "DOWN", "SCANNING",
                        "waiting for Kafka at " + bootstrap + "; files stay in the inbox"));
            });
            assertThat(ingest.live()).isTrue();

            // and the files are published once each when the broker is back, and it is ready again
            broker = EmbeddedKraftBroker.start(kafkaLogs, port);
            await().atMost(Duration.ofSeconds(90)).until(() -> published().contains("during-2.txt"));
            assertThat(ingest.readiness().ready()).isTrue();
            try (var kafka = KafkaFixture.attach(bootstrap)) {
                assertThat(kafka.read(Topics.RAW, 3, Duration.ofSeconds(30)))
                        .extracting(r -> r.value().source().fileName())
                        .containsExactlyInAnyOrder("before.txt", "during-1.txt", "during-2.txt");
            }
        }
    }

    private String published() {
        return String.join("\n", messages().filter(m -> m.startsWith("ingest published")).toList());
    }

    private java.util.stream.Stream<String> messages() {
        synchronized (logs) { // the appender adds under its own lock while ingest's threads log
            return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList().stream();
        }
    }
}

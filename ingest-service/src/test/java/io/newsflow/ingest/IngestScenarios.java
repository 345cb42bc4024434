package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Topics;
import io.newsflow.testing.EventSchemas;
import io.newsflow.testing.KafkaFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** ingest-service against a real broker; subclasses choose the broker. Each scenario gets a fresh broker. */
abstract class IngestScenarios {

    static final String SEED = "000_9fcc7db5881dbe47.txt";
    static final String OTHER_SEED = "003_debdce87b0e61862.txt";

    @TempDir
    Path inbox;

    KafkaFixture kafka;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    abstract KafkaFixture newKafka();

    @BeforeEach
    void startBroker() {
        kafka = newKafka();
        logs.start();
        ((Logger) LoggerFactory.getLogger(InboxIngestor.class)).addAppender(logs);
    }

    @AfterEach
    void stopBroker() throws Exception {
        ((Logger) LoggerFactory.getLogger(InboxIngestor.class)).detachAppender(logs);
        kafka.close();
    }

    IngestApp startIngest() {
        var config = IngestConfig.fromEnv(Map.of(
                IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                IngestConfig.INBOX, inbox.toString(),
                IngestConfig.SCAN_INTERVAL, "100ms"));
        var app = new IngestApp(config);
        app.start();
        return app;
    }

    void drop(String seed, String asName) throws IOException {
        try (var in = getClass().getResourceAsStream("/seeds/" + seed)) {
            Files.write(inbox.resolve(asName), in.readAllBytes());
        }
    }

    List<ConsumerRecord<String, RawArticle>> rawArticles(int expected) {
        return kafka.read(Topics.RAW, expected, Duration.ofSeconds(30));
    }

    @Test
    void a_file_present_at_start_and_one_dropped_later_are_each_published_once() throws Exception {
        // given a seed already in the inbox
        drop(SEED, SEED);
        try (var ignored = startIngest()) {
            assertThat(rawArticles(1)).hasSize(1);

            // when a second file is dropped while it runs
            drop(OTHER_SEED, OTHER_SEED);

            // then both are on the raw topic, once each
            var records = rawArticles(2);
            assertThat(records).extracting(r -> r.value().source().fileName())
                    .containsExactlyInAnyOrder(SEED, OTHER_SEED);
        }
    }

    @Test
    void the_raw_event_carries_key_headers_and_fields_that_satisfy_the_schema() throws Exception {
        drop(SEED, SEED);
        try (var ignored = startIngest()) {
            var record = rawArticles(1).get(0);
            RawArticle article = record.value();

            assertThat(record.key()).isEqualTo(article.id());
            assertThat(Headers.text(record.headers(), Headers.EVENT_TYPE)).isEqualTo(RawArticle.EVENT_TYPE);
            assertThat(Headers.text(record.headers(), Headers.SCHEMA_VERSION)).isEqualTo("1");
            assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2022, 4, 5));
            assertThat(article.text()).startsWith("In a key development, US Secretary of State, Antony Blinken");
            assertThat(article.title()).startsWith("In a key development");
            assertThat(article.titleDerived()).isTrue();
            assertThat(article.source().path()).isEqualTo(SEED);
            assertThat(article.source().sizeBytes()).isEqualTo(Files.size(inbox.resolve(SEED)));
            assertThat(new EventSchemas().violations(EventSchemas.RAW_ARTICLE, Json.tree(article))).isEmpty();
        }
    }

    @Test
    void a_restart_does_not_publish_already_ingested_files_again() throws Exception {
        drop(SEED, SEED);
        try (var ignored = startIngest()) {
            assertThat(rawArticles(1)).hasSize(1);
        }

        // when ingest-service starts again on the same inbox, and a new file arrives
        try (var ignored = startIngest()) {
            drop(OTHER_SEED, OTHER_SEED);

            // then only the new file is published (the reader polls on past the expected count to catch extras)
            assertThat(rawArticles(2)).extracting(r -> r.value().source().fileName())
                    .containsExactlyInAnyOrder(SEED, OTHER_SEED);
        }
    }

    @Test
    void the_same_text_under_another_name_is_recognised_and_not_published_again() throws Exception {
        drop(SEED, SEED);
        try (var ignored = startIngest()) {
            assertThat(rawArticles(1)).hasSize(1);

            drop(SEED, "renamed-copy.txt");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messages())
                    .anyMatch(m -> m.startsWith("ingest already-present") && m.contains("file=renamed-copy.txt")));
            assertThat(rawArticles(1)).hasSize(1);
        }
    }

    @Test
    void an_unparseable_file_is_reported_with_its_name_and_reason_once_and_does_not_stop_the_others() throws Exception {
        Files.writeString(inbox.resolve("bad-date.txt"), " date 2022-02-30 Text.");
        drop(SEED, SEED);
        try (var ignored = startIngest()) {
            assertThat(rawArticles(1)).extracting(r -> r.value().source().fileName()).containsExactly(SEED);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messages()).contains(
                    "ingest failed file=bad-date.txt reason=\"the header date \"2022-02-30\" is not a valid date YYYY-MM-DD\""));
            Thread.sleep(500); // several more scans: the same bad file must not be reported again
            assertThat(messages()).filteredOn(m -> m.contains("file=bad-date.txt")).hasSize(1);
        }
    }

    @Test
    void a_file_still_being_written_under_a_temporary_name_is_not_read() throws Exception {
        Files.writeString(inbox.resolve("incoming.txt.part"), " date 2022-04-05 half an artic");
        drop(SEED, SEED);
        try (var ignored = startIngest()) {
            assertThat(rawArticles(1)).extracting(r -> r.value().source().fileName()).containsExactly(SEED);
        }
    }

    private List<String> messages() {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}

package io.newsflow.store.consume;

import io.newsflow.config.KafkaSettings;
import static io.newsflow.store.TestArticles.buchaStatement;
import static io.newsflow.store.TestArticles.kyivReport;
import static io.newsflow.store.TestArticles.natoMeeting;
import static io.newsflow.store.TestArticles.withAnEntityTwice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Topics;
import io.newsflow.store.persist.ArticleFilter;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.ArticleRepository;
import io.newsflow.store.persist.ArticleSummary;
import io.newsflow.store.persist.ConsumedOffset;
import io.newsflow.store.persist.Database;
import io.newsflow.store.persist.DatabaseException;
import io.newsflow.store.persist.Migrations;
import io.newsflow.testing.KafkaFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch writer alone with real parts: a fresh SQLite file and a fresh in-process broker holding the dead-letter
 * topic for each test. The batches are built here as a poll returns them, so each scenario decides exactly what one
 * batch holds: a good article, a record that is not JSON, an article the database refuses, another good article.
 */
class ArticleBatchWriterIT {

    private static final String GROUP = "newsflow-store";
    private static final String TOPIC = Topics.ENRICHED.name();
    private static final int PARTITION = 2;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    private KafkaFixture kafka;
    private Database database;
    private DeadLetterPublisher deadLetters;
    private ArticleRepository repository;
    private ArticleBatchWriter writer;

    private final EnrichedArticle nato = natoMeeting();
    private final EnrichedArticle kyiv = kyivReport();
    private final ConsumerRecords<byte[], byte[]> batch = batch(List.of(
            record(0, nato.id(), Json.write(nato)),
            record(1, "poison", "{\"id\": \"truncated".getBytes(StandardCharsets.UTF_8)),
            record(2, buchaStatement().id(), Json.write(withAnEntityTwice(buchaStatement()))),
            record(3, kyiv.id(), Json.write(kyiv))));

    @BeforeEach
    void openParts() {
        kafka = KafkaFixture.embedded();
        kafka.createTopics(List.of(Topics.DEAD_LETTER));
        database = new Database("jdbc:sqlite:" + dataDir.resolve("newsflow.db"), null, null);
        new Migrations(database).migrate();
        deadLetters = new DeadLetterPublisher(KafkaSettings.plain(kafka.bootstrapServers()));
        repository = new ArticleRepository(database);
        writer = new ArticleBatchWriter(GROUP, repository, deadLetters, new StoreMeters(new SimpleMeterRegistry()));
    }

    @AfterEach
    void closeParts() {
        deadLetters.close();
        database.close();
        kafka.close();
    }

    @Test
    void an_article_the_database_refuses_mid_batch_is_dead_lettered_and_the_rest_of_the_batch_is_stored() {
        // when the batch is written
        List<ConsumedOffset> stored = writer.write(batch);

        // then the good articles and the offset after the batch are stored, and each bad record is dead-lettered
        assertThat(storedIds()).containsExactlyInAnyOrder(nato.id(), kyiv.id());
        assertThat(stored).containsExactly(new ConsumedOffset(GROUP, TOPIC, PARTITION, 4));
        assertThat(repository.offsets(GROUP, TOPIC)).isEqualTo(Map.of(PARTITION, 4L));
        assertThat(deadLettered()).as("offset and reason of each dead letter, in the order sent")
                .containsExactly(tuple("1", "not valid JSON"), tuple("2", "rejected by the database"));
    }

    @Test
    void a_batch_written_again_after_a_database_outage_dead_letters_nothing_twice() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("newsflow.db"))) {
            // given another process holds the SQLite write lock past the store's busy timeout
            other.createStatement().execute("BEGIN EXCLUSIVE");

            // when the batch is written, the outage reaches the caller, which will try the same batch again
            assertThatThrownBy(() -> writer.write(batch)).isInstanceOfSatisfying(DatabaseException.class,
                    e -> assertThat(e.isTransient()).as("a locked database is an outage").isTrue());
            other.createStatement().execute("COMMIT");
        }
        writer.write(batch);

        // then each bad record is dead-lettered once, though the record that is not JSON was sent before the outage
        assertThat(deadLettered())
                .containsExactly(tuple("1", "not valid JSON"), tuple("2", "rejected by the database"));
        assertThat(storedIds()).containsExactlyInAnyOrder(nato.id(), kyiv.id());
    }

    private List<String> storedIds() {
        return new ArticleQueries(database).list(new ArticleFilter(null, null, null, null, null, 100, 0)).items().stream()
                .map(ArticleSummary::id).toList();
    }

    /** Each dead letter's source offset and the kind of reason: the reason's text up to its first colon. */
    private List<Tuple> deadLettered() {
        return kafka.read(Topics.DEAD_LETTER, 2, WAIT).stream()
                .map(dead -> {
                    String reason = Headers.text(dead.headers(), Headers.DLQ_ERROR);
                    return tuple(Headers.text(dead.headers(), Headers.DLQ_OFFSET),
                            reason.substring(0, reason.indexOf(':')));
                })
                .toList();
    }

    private static ConsumerRecord<byte[], byte[]> record(long offset, String key, byte[] value) {
        return new ConsumerRecord<>(TOPIC, PARTITION, offset, key.getBytes(StandardCharsets.UTF_8), value);
    }

    private static ConsumerRecords<byte[], byte[]> batch(List<ConsumerRecord<byte[], byte[]>> records) {
        var partition = new TopicPartition(TOPIC, PARTITION);
        long next = records.get(records.size() - 1).offset() + 1;
        return new ConsumerRecords<>(Map.of(partition, records), Map.of(partition, new OffsetAndMetadata(next)));
    }
}

package io.newsflow.store.consume;

import io.newsflow.contracts.Topics;
import io.newsflow.store.persist.ArticleRepository;
import io.newsflow.store.persist.ConsumedOffset;
import io.newsflow.store.persist.DatabaseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves {@link Topics#ENRICHED} into the database with an exactly-once effect. Each poll's articles and the next
 * offset of every partition they came from are written in one transaction, and on assignment the consumer seeks to
 * the offsets stored there, so a crash between the database commit and Kafka's offset commit neither loses nor
 * repeats anything. Kafka's committed offsets follow the database's, only so that lag monitoring works.
 *
 * <p>A record that can never be stored (not JSON, not an article, rejected by the database) goes to the dead-letter
 * topic and the partition moves on. An outage (database unreachable, dead-letter topic not acknowledging) is never
 * the record's fault: the consumer rewinds to the batch, reports itself RETRYING and tries again with backoff.
 * All Kafka calls happen on the consumer's own thread, as KafkaConsumer requires.
 */
public final class EnrichedArticleConsumer implements AutoCloseable {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleConsumer.class);

    private final String topic = Topics.ENRICHED.name();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final DeadLetterPublisher deadLetters;
    private final ArticleBatchWriter writer;
    private final SeekToStoredOffsets seeker;
    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread = new Thread(this::run, "store-consumer");
    private final ConsumerHealth health = new ConsumerHealth();

    public EnrichedArticleConsumer(String bootstrapServers, String groupId, ArticleRepository repository) {
        // Bytes, not a JSON deserializer: a poison record must reach our code as data, see EnrichedArticleParser.
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = new DeadLetterPublisher(bootstrapServers);
        this.writer = new ArticleBatchWriter(groupId, repository, deadLetters);
        this.seeker = new SeekToStoredOffsets(consumer, groupId, topic, repository, writer, health);
    }

    public void start() {
        thread.start();
    }

    public ConsumerStatus status() {
        return health.status();
    }

    /** Stops polling, lets the batch in hand finish or roll back, and waits a bounded time for the thread. */
    @Override
    public void close() {
        closing.countDown();
        if (thread.getState() == Thread.State.NEW) {
            consumer.close(CloseOptions.timeout(Duration.ZERO));
        } else {
            consumer.wakeup();
            try {
                thread.join(CLOSE_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deadLetters.close();
        health.stopped(health.status().detail());
    }

    private void run() {
        health.running();
        try {
            consumer.subscribe(List.of(topic), seeker);
            while (closing.getCount() > 0) {
                pollAndStore();
            }
        } catch (WakeupException e) {
            // close() woke a poll: a normal stop
        } catch (RuntimeException e) {
            log.error("store consumer stopped: {}", e.getMessage(), e);
            health.stopped(e.getMessage());
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void pollAndStore() {
        ConsumerRecords<byte[], byte[]> records = ConsumerRecords.empty();
        try {
            seeker.seekAwaiting();
            records = consumer.poll(POLL_TIMEOUT);
            if (!records.isEmpty()) {
                commitToKafka(writer.write(records));
            }
            if (seeker.allSeeked()) {
                recovered();
            }
        } catch (DatabaseException e) {
            if (!e.isTransient()) {
                throw e;
            }
            retryLater(records, e.getMessage());
        } catch (DeadLetterPublisher.UnavailableException e) {
            retryLater(records, e.getMessage());
        }
    }

    /** Kafka's committed offsets follow the database's, only so that lag monitoring works. */
    private void commitToKafka(List<ConsumedOffset> stored) {
        var offsets = new HashMap<TopicPartition, OffsetAndMetadata>();
        for (ConsumedOffset offset : stored) {
            offsets.put(new TopicPartition(offset.topic(), offset.partition()),
                    new OffsetAndMetadata(offset.nextOffset()));
        }
        consumer.commitAsync(offsets, (committed, e) -> {
            if (e != null) {
                // Harmless (e.g. during a rebalance): the offsets that count are in the database; the next commit
                // brings Kafka's lag figures up to date.
                log.debug("store kafka offset commit failed: {}", e.getMessage());
            }
        });
    }

    private void retryLater(ConsumerRecords<byte[], byte[]> records, String reason) {
        health.retrying(reason);
        // Read the same records again next time; anything already stored is upserted, nothing is skipped.
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
        try {
            closing.await(backoff.next().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing.countDown();
        }
    }

    private void recovered() {
        health.recovered();
        backoff.reset();
    }
}

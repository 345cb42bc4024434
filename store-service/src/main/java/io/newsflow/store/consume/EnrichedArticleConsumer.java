package io.newsflow.store.consume;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.config.KafkaSettings;
import io.newsflow.contracts.Topics;
import io.newsflow.metrics.Metrics;
import io.newsflow.store.persist.ArticleRepository;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Moves {@link Topics#ENRICHED} and {@link Topics#STORIES} into the database with an exactly-once effect. Each
 * poll's articles, story assignments and the next offset of every partition they came from are written in one
 * transaction, and on assignment the consumer seeks to the offsets stored there, so a crash between the database commit and Kafka's offset commit neither loses nor
 * repeats anything. Kafka's committed offsets follow the database's, only so that lag monitoring works.
 *
 * <p>A record that can never be stored (not JSON, not an article, rejected by the database) goes to the dead-letter
 * topic and the partition moves on. An outage (database unreachable, dead-letter topic not acknowledging) is never
 * the record's fault: the consumer rewinds to the batch, reports itself RETRYING and tries again with backoff.
 *
 * <p>This class builds the parts and owns their thread: {@link PollLoop} runs on it, writing each batch with the
 * {@link ArticleBatchWriter}; {@link SeekToStoredOffsets} moves assigned partitions to the stored offsets; both
 * report to {@link ConsumerHealth}, which the health endpoint reads through {@link #status()}.
 */
public final class EnrichedArticleConsumer implements AutoCloseable {

    /** The most records one poll hands over, so the most articles stored in one database transaction. */
    public static final int MAX_BATCH = 100;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(15);

    private final ConsumerHealth health = new ConsumerHealth();
    private final KafkaConsumer<byte[], byte[]> consumer;
    /** The consumer's own meters, records-lag per partition among them. */
    private final KafkaClientMetrics consumerMetrics;
    private final DeadLetterPublisher deadLetters;
    private final PollLoop loop;
    private final Thread thread;

    public EnrichedArticleConsumer(KafkaSettings kafka, String groupId, ArticleRepository repository,
                                   Metrics metrics) {
        // Bytes, not a JSON deserializer: a poison record must reach our code as data, see EnrichedArticleParser.
        this.consumer = new KafkaConsumer<>(kafka.consumer(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_BATCH)),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.consumerMetrics = metrics.bindConsumer(consumer);
        this.deadLetters = new DeadLetterPublisher(kafka);
        var writer = new ArticleBatchWriter(groupId, repository, deadLetters, new StoreMeters(metrics.registry()));
        var seeker = new SeekToStoredOffsets(consumer, groupId, repository, writer, health);
        this.loop = new PollLoop(consumer, List.of(Topics.ENRICHED.name(), Topics.STORIES.name()), writer, seeker,
                health);
        this.thread = new Thread(loop, "store-consumer");
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
        loop.stop();
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
        consumerMetrics.close();
        deadLetters.close();
        health.stopped(health.status().detail());
    }
}

package io.newsflow.store.consume;

import io.newsflow.store.persist.ConsumedOffset;
import io.newsflow.store.persist.DatabaseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store consumer's thread: polls, hands each batch to the {@link ArticleBatchWriter}, then tells Kafka the
 * offsets the database now holds. An outage is never the batch's fault, so it rewinds to the batch and waits with
 * backoff before reading the same records again; any other failure needs a person and ends the loop. Runs until
 * {@link #stop()}, then closes the Kafka consumer, whose calls must all come from this one thread.
 */
final class PollLoop implements Runnable {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Logger log = LoggerFactory.getLogger(PollLoop.class);

    private final Consumer<byte[], byte[]> consumer;
    private final List<String> topics;
    private final ArticleBatchWriter writer;
    private final SeekToStoredOffsets seeker;
    private final ConsumerHealth health;
    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));
    private final CountDownLatch closing = new CountDownLatch(1);

    PollLoop(Consumer<byte[], byte[]> consumer, List<String> topics, ArticleBatchWriter writer,
             SeekToStoredOffsets seeker, ConsumerHealth health) {
        this.consumer = consumer;
        this.topics = List.copyOf(topics);
        this.writer = writer;
        this.seeker = seeker;
        this.health = health;
    }

    /**
     * Ends the loop once the batch in hand is stored or rolled back, and a backoff wait at once. A poll in progress
     * returns only on the consumer's {@code wakeup()}.
     */
    void stop() {
        closing.countDown();
    }

    @Override
    public void run() {
        health.running();
        try {
            consumer.subscribe(topics, seeker);
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
                health.recovered();
                backoff.reset();
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
}

package io.newsflow.store.consume;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Topics;
import io.newsflow.store.consume.ConsumerStatus.State;
import io.newsflow.store.persist.ArticleRepository;
import io.newsflow.store.persist.ConsumedOffset;
import io.newsflow.store.persist.DatabaseException;
import io.newsflow.store.persist.SaveResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

    /** The most records one poll hands over, so the most articles stored in one database transaction. */
    public static final int MAX_BATCH = 100;
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleConsumer.class);

    /** One polled record: the article it holds, or the reason it cannot be one. */
    private record Item(ConsumerRecord<byte[], byte[]> record, EnrichedArticle article, String error) {
    }

    private final String groupId;
    private final String topic = Topics.ENRICHED.name();
    private final ArticleRepository repository;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final DeadLetterPublisher deadLetters;
    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread = new Thread(this::run, "store-consumer");
    /** Assigned partitions not yet moved to their stored offsets (paused while the database cannot say). */
    private final Set<TopicPartition> awaitingSeek = new HashSet<>();
    /** The last offset this process dead-lettered per partition, so retrying a batch does not send a record twice. */
    private final Map<TopicPartition, Long> deadLettered = new HashMap<>();
    private volatile ConsumerStatus status = new ConsumerStatus(State.STARTING, null);

    public EnrichedArticleConsumer(String bootstrapServers, String groupId, ArticleRepository repository) {
        this.groupId = groupId;
        this.repository = repository;
        // Bytes, not a JSON deserializer: a poison record must reach our code as data, see EnrichedArticleParser.
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_BATCH),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = new DeadLetterPublisher(bootstrapServers);
    }

    public void start() {
        thread.start();
    }

    public ConsumerStatus status() {
        return status;
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
        status = new ConsumerStatus(State.STOPPED, status.detail());
    }

    private void run() {
        status = new ConsumerStatus(State.RUNNING, null);
        try {
            consumer.subscribe(List.of(topic), new SeekToStoredOffsets());
            while (closing.getCount() > 0) {
                pollAndStore();
            }
        } catch (WakeupException e) {
            // close() woke a poll: a normal stop
        } catch (RuntimeException e) {
            log.error("store consumer stopped: {}", e.getMessage(), e);
            status = new ConsumerStatus(State.STOPPED, e.getMessage());
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void pollAndStore() {
        ConsumerRecords<byte[], byte[]> records = ConsumerRecords.empty();
        try {
            seekAwaiting();
            records = consumer.poll(POLL_TIMEOUT);
            if (!records.isEmpty()) {
                store(records);
            }
            if (awaitingSeek.isEmpty()) {
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

    private void store(ConsumerRecords<byte[], byte[]> records) {
        var items = new ArrayList<Item>(records.count());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            items.add(parse(record));
        }
        for (Item item : items) {
            if (item.error() != null) {
                deadLetterOnce(item.record(), item.error());
            }
        }
        var articles = items.stream().filter(i -> i.article() != null).map(Item::article).toList();
        try {
            repository.store(articles, nextOffsets(records)).forEach(EnrichedArticleConsumer::logSaved);
        } catch (DatabaseException e) {
            if (e.isTransient()) {
                throw e;
            }
            log.warn("store batch of {} records rejected, storing them one by one: {}", items.size(), e.getMessage());
            storeEachAlone(items);
        }
        commitToKafka(records);
    }

    /** Finds the record the database refuses, dead-letters it, and stores the rest. */
    private void storeEachAlone(List<Item> items) {
        for (Item item : items) {
            var offset = List.of(new ConsumedOffset(groupId, item.record().topic(), item.record().partition(),
                    item.record().offset() + 1));
            if (item.article() == null) {
                repository.store(List.of(), offset);
                continue;
            }
            try {
                repository.store(List.of(item.article()), offset).forEach(EnrichedArticleConsumer::logSaved);
            } catch (DatabaseException e) {
                if (e.isTransient()) {
                    throw e;
                }
                deadLetterOnce(item.record(), "rejected by the database: " + e.getMessage());
                repository.store(List.of(), offset);
            }
        }
    }

    private static Item parse(ConsumerRecord<byte[], byte[]> record) {
        try {
            return new Item(record, EnrichedArticleParser.parse(record.value()), null);
        } catch (InvalidArticleException e) {
            return new Item(record, null, e.getMessage());
        }
    }

    private void deadLetterOnce(ConsumerRecord<byte[], byte[]> record, String reason) {
        var partition = new TopicPartition(record.topic(), record.partition());
        Long done = deadLettered.get(partition);
        if (done == null || record.offset() > done) {
            deadLetters.send(record, reason);
            deadLettered.put(partition, record.offset());
        }
    }

    private List<ConsumedOffset> nextOffsets(ConsumerRecords<byte[], byte[]> records) {
        return records.partitions().stream()
                .map(p -> new ConsumedOffset(groupId, p.topic(), p.partition(), lastOffset(records, p) + 1))
                .toList();
    }

    private void commitToKafka(ConsumerRecords<byte[], byte[]> records) {
        var offsets = new HashMap<TopicPartition, OffsetAndMetadata>();
        for (TopicPartition partition : records.partitions()) {
            offsets.put(partition, new OffsetAndMetadata(lastOffset(records, partition) + 1));
        }
        consumer.commitAsync(offsets, (committed, e) -> {
            if (e != null) {
                // Harmless (e.g. during a rebalance): the offsets that count are in the database; the next commit
                // brings Kafka's lag figures up to date.
                log.debug("store kafka offset commit failed: {}", e.getMessage());
            }
        });
    }

    private static long lastOffset(ConsumerRecords<byte[], byte[]> records, TopicPartition partition) {
        var list = records.records(partition);
        return list.get(list.size() - 1).offset();
    }

    /** Moves newly assigned partitions to the offsets the database stored with the rows. */
    private void seekAwaiting() {
        if (awaitingSeek.isEmpty()) {
            return;
        }
        Map<Integer, Long> stored = repository.offsets(groupId, topic);
        var seeks = new TreeMap<Integer, Long>();
        for (TopicPartition partition : awaitingSeek) {
            Long next = stored.get(partition.partition());
            // None stored yet: Kafka's committed offset applies, or the earliest one for a new group.
            if (next != null) {
                consumer.seek(partition, next);
                seeks.put(partition.partition(), next);
            }
        }
        log.info("store assigned partitions={} resuming at stored offsets={}", awaitingSeek.stream()
                .map(TopicPartition::partition).sorted().toList(), seeks);
        consumer.resume(awaitingSeek);
        awaitingSeek.clear();
    }

    private void retryLater(ConsumerRecords<byte[], byte[]> records, String reason) {
        markRetrying(reason);
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

    /** Reports the outage once when it starts; the health endpoint shows the latest reason. */
    private void markRetrying(String reason) {
        if (status.state() != State.RETRYING) {
            log.warn("store cannot write, retrying with backoff: {}", reason);
        }
        status = new ConsumerStatus(State.RETRYING, reason);
    }

    private void recovered() {
        if (status.state() == State.RETRYING) {
            log.info("store outage over, consuming again");
        }
        if (status.state() != State.RUNNING) {
            status = new ConsumerStatus(State.RUNNING, null);
        }
        backoff.reset();
    }

    private static void logSaved(SaveResult result) {
        log.info("store {} id={} entities={} dates={}", result.alreadyPresent() ? "already-present" : "saved",
                result.id().substring(0, Math.min(8, result.id().length())), result.entities(), result.dates());
    }

    /** Seeks each assigned partition to its stored offset; pauses it while the database cannot tell. */
    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            awaitingSeek.addAll(partitions);
            try {
                seekAwaiting();
            } catch (DatabaseException e) {
                if (!e.isTransient()) {
                    throw e;
                }
                consumer.pause(awaitingSeek);
                markRetrying(e.getMessage());
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            forget(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            forget(partitions);
        }

        private void forget(Collection<TopicPartition> partitions) {
            awaitingSeek.removeAll(partitions);
            deadLettered.keySet().removeAll(partitions);
        }
    }
}

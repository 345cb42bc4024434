package io.newsflow.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts what each stage has committed to its topic during the bulk phase, as a downstream consumer sees it: the
 * records read with {@code read_committed} from where the topics ended at the start. Counting records, not end
 * offsets: in a transactional topic every commit also writes a marker per partition, which end offsets would count as
 * articles (with Kafka Streams committing every 100 ms that is a large share).
 *
 * <p>The consumer runs on its own thread, since a {@link KafkaConsumer} belongs to one thread. {@link #finish}
 * stops it only once it has read up to the end offsets of that moment, so counts are final, never "one more record"
 * waited for.
 */
final class StageWatcher implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<String> topics;
    private final long expected;
    private final Thread thread = new Thread(this::run, "newsflow-bench-stage-watcher");
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<String, Long> firstAt = new ConcurrentHashMap<>();
    private final Map<String, Long> allAt = new ConcurrentHashMap<>();
    private volatile boolean finishing;
    private volatile boolean stopped;
    private volatile RuntimeException failure;

    StageWatcher(String bootstrapServers, List<String> topics, long expected) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topics = List.copyOf(topics);
        this.expected = expected;
        topics.forEach(topic -> counts.put(topic, new AtomicLong()));
    }

    /** Positions at the topics' current ends, then counts from there; returns once positioned. */
    void start() throws InterruptedException {
        thread.setDaemon(true);
        thread.start();
        if (!positioned.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || failure != null) {
            throw new BenchFailedException("bulk: cannot read the topics " + topics + " to watch the stages"
                    + (failure == null ? " within " + START_TIMEOUT.toSeconds() + " s" : ": " + failure.getMessage()));
        }
    }

    long count(String topic) {
        return counts.get(topic).get();
    }

    /** When {@code topic} got its first counted record, in {@link System#nanoTime()}; null before. */
    Long firstAt(String topic) {
        return firstAt.get(topic);
    }

    /** When {@code topic} had all the expected records, in {@link System#nanoTime()}; null before. */
    Long allAt(String topic) {
        return allAt.get(topic);
    }

    /** Reads on up to the topics' end offsets of now, then stops: the counts are final after this. */
    void finish(Duration within) throws InterruptedException {
        finishing = true;
        thread.join(within.toMillis());
        if (thread.isAlive()) {
            throw new BenchFailedException("bulk: the stage watcher did not reach the topics' ends within "
                    + within.toSeconds() + " s (counted " + counts + ")");
        }
        if (failure != null) {
            throw new BenchFailedException("bulk: the stage watcher failed: " + failure.getMessage(), failure);
        }
    }

    private void run() {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            topics.forEach(topic -> partitions.addAll(TopicEnds.partitions(consumer, topic)));
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve the ends now, before the first file is dropped
            positioned.countDown();
            Map<TopicPartition, Long> ends = null;
            while (!stopped) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    counted(record.topic());
                }
                if (finishing) {
                    ends = ends == null ? consumer.endOffsets(partitions) : ends;
                    if (TopicEnds.reached(consumer, ends)) {
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            positioned.countDown();
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void counted(String topic) {
        long now = System.nanoTime();
        long count = counts.get(topic).incrementAndGet();
        if (count == 1) {
            firstAt.put(topic, now);
        }
        if (count == expected) {
            allAt.put(topic, now);
        }
    }

    /** Stops the thread without waiting for the ends (a failed run). */
    @Override
    public void close() {
        stopped = true;
    }
}

package io.newsflow.launcher.bench;

import io.newsflow.config.KafkaSettings;
import io.newsflow.contracts.Topic;
import io.newsflow.contracts.TopicCreator;
import io.newsflow.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The Kafka ceiling: how fast this machine moves this run's records along Newsflow's path with plain Kafka clients
 * and no work in between. A producer writes the raw records to topic A; a relay consumes A and writes each record's
 * enriched counterpart (by key) to topic B; a last consumer reads B. Same broker, same partition counts, same keys and
 * serialized sizes as the pipeline's topics, client defaults otherwise (no transactions, no compression), all three
 * running at once as the services do. Timed from the first send until the last consumer has read B to its end.
 */
final class KafkaCeiling {

    static final Topic<byte[], byte[]> TOPIC_A = new Topic<>("newsflow.bench.ceiling.raw", Serdes.ByteArray(),
            Serdes.ByteArray(), Topics.RAW.partitions(), false);
    static final Topic<byte[], byte[]> TOPIC_B = new Topic<>("newsflow.bench.ceiling.enriched", Serdes.ByteArray(),
            Serdes.ByteArray(), Topics.ENRICHED.partitions(), false);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration PROGRESS = Duration.ofMillis(100);
    private static final Duration STOP = Duration.ofSeconds(10);

    /** One article's records: its key and the raw and enriched values the pipeline wrote. */
    record Pair(String key, byte[] raw, byte[] enriched) {
    }

    private final String bootstrapServers;
    private final Progress progress;
    private final AtomicLong produced = new AtomicLong();
    private final AtomicLong relayed = new AtomicLong();
    private final AtomicLong consumed = new AtomicLong();
    private final Map<TopicPartition, Long> endOfA = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> endOfB = new ConcurrentHashMap<>();
    private volatile boolean allProduced;
    private volatile boolean allRelayed;
    private volatile boolean abandoned;
    private volatile Exception sendFailure;

    KafkaCeiling(String bootstrapServers, Progress progress) {
        this.bootstrapServers = bootstrapServers;
        this.progress = progress;
    }

    /** Records per second through both topics; each instance measures once. */
    double recordsPerSecond(List<Pair> pairs) throws InterruptedException {
        TopicCreator.ensure(KafkaSettings.plain(bootstrapServers), List.of(TOPIC_A, TOPIC_B));
        Map<String, byte[]> enrichedByKey = new ConcurrentHashMap<>();
        pairs.forEach(pair -> enrichedByKey.put(pair.key(), pair.enriched()));
        try (var producer = producer(TOPIC_A); var relayIn = consumerAtStart(TOPIC_A); var relayOut = producer(TOPIC_B);
             var last = consumerAtStart(TOPIC_B)) {
            ExecutorService threads = Executors.newFixedThreadPool(3,
                    r -> new Thread(r, "newsflow-bench-kafka-ceiling"));
            try {
                progress.phase("kafka ceiling", "records", pairs.size());
                long start = System.nanoTime();
                Future<?> production = threads.submit(() -> produce(producer, pairs));
                Future<?> relay = threads.submit(() -> relay(relayIn, relayOut, enrichedByKey));
                Future<Long> end = threads.submit(() -> consumeToEnd(last));
                var guard = new StallGuard("the Kafka ceiling", pairs.size());
                while (!end.isDone()) {
                    Thread.sleep(PROGRESS.toMillis());
                    progress.done(consumed.get());
                    failIfFailed(production, relay, end);
                    guard.check(produced.get() + relayed.get() + consumed.get(), this::state);
                }
                long finished = result(end);
                if (consumed.get() != pairs.size()) {
                    throw new BenchFailedException("the Kafka ceiling's last consumer read " + consumed.get()
                            + " records for " + pairs.size() + " produced (" + state() + ")");
                }
                return pairs.size() / ((finished - start) / 1e9);
            } finally {
                // The clients close after their threads have let go of them (a Kafka client belongs to one thread).
                abandoned = true;
                threads.shutdownNow();
                threads.awaitTermination(STOP.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    private void produce(KafkaProducer<byte[], byte[]> producer, List<Pair> pairs) {
        for (Pair pair : pairs) {
            send(producer, TOPIC_A, pair.key().getBytes(StandardCharsets.UTF_8), pair.raw(), endOfA, produced);
        }
        producer.flush(); // every callback has run: endOfA is final
        allProduced = true;
    }

    private void relay(KafkaConsumer<byte[], byte[]> in, KafkaProducer<byte[], byte[]> out,
                       Map<String, byte[]> enrichedByKey) {
        while (!abandoned && !(allProduced && TopicEnds.reached(in, endOfA))) {
            for (ConsumerRecord<byte[], byte[]> record : in.poll(POLL)) {
                byte[] enriched = enrichedByKey.get(new String(record.key(), StandardCharsets.UTF_8));
                send(out, TOPIC_B, record.key(), enriched, endOfB, relayed);
            }
        }
        out.flush();
        allRelayed = true;
    }

    /** Returns {@link System#nanoTime()} when B was read to its end. */
    private long consumeToEnd(KafkaConsumer<byte[], byte[]> consumer) {
        while (!abandoned && !(allRelayed && TopicEnds.reached(consumer, endOfB))) {
            consumed.addAndGet(consumer.poll(POLL).count());
        }
        return System.nanoTime();
    }

    private void send(KafkaProducer<byte[], byte[]> producer, Topic<byte[], byte[]> topic, byte[] key,
                             byte[] value, Map<TopicPartition, Long> ends, AtomicLong sent) {
        producer.send(new ProducerRecord<>(topic.name(), key, value), (metadata, error) -> {
            if (error != null) {
                sendFailure = error;
            } else {
                var partition = new TopicPartition(metadata.topic(), metadata.partition());
                ends.merge(partition, metadata.offset() + 1, Math::max);
                sent.incrementAndGet();
            }
        });
    }

    /** A producer that already knows {@code topic}'s partitions, so the timing holds no metadata lookup. */
    private KafkaProducer<byte[], byte[]> producer(Topic<byte[], byte[]> topic) {
        var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new ByteArraySerializer(), new ByteArraySerializer());
        producer.partitionsFor(topic.name());
        return producer;
    }

    /** A consumer of every partition of {@code topic}, positioned at the start before the clock starts. */
    private KafkaConsumer<byte[], byte[]> consumerAtStart(Topic<byte[], byte[]> topic) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = TopicEnds.partitions(consumer, topic.name());
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private String state() {
        String failure = sendFailure == null ? "" : "a send failed: " + sendFailure.getMessage() + "; ";
        return failure + "produced " + produced + ", relayed " + relayed + ", consumed " + consumed + "; ends of A " + endOfA
                + (allProduced ? " (final)" : "") + ", ends of B " + endOfB + (allRelayed ? " (final)" : "");
    }

    private void failIfFailed(Future<?>... tasks) throws InterruptedException {
        for (Future<?> task : tasks) {
            if (task.isDone()) {
                result(task);
            }
        }
    }

    private <T> T result(Future<T> task) throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw new BenchFailedException("the Kafka ceiling failed (" + state() + "): " + e.getCause().getMessage(),
                    e.getCause());
        }
    }
}

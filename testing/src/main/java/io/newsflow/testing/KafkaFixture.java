package io.newsflow.testing;

import io.newsflow.config.KafkaSettings;
import io.newsflow.contracts.Topic;
import io.newsflow.contracts.TopicCreator;
import io.newsflow.kafka.embedded.EmbeddedKraftBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for one test class, and the few things a scenario does with it: create Newsflow's topics,
 * send a record, read records back. Scenarios are written once against this class and run on the in-process KRaft
 * broker (always) and on Testcontainers' Kafka (where Docker runs).
 */
public final class KafkaFixture implements AutoCloseable {

    /** Pinned once for every container test; the official Apache Kafka image runs KRaft single-node by default. */
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private final String bootstrapServers;
    private final Runnable stopBroker;

    private KafkaFixture(String bootstrapServers, Runnable stopBroker) {
        this.bootstrapServers = bootstrapServers;
        this.stopBroker = stopBroker;
    }

    /** A fresh single-node KRaft broker in this JVM, logs in a new temporary directory. */
    public static KafkaFixture embedded() {
        try {
            var broker = EmbeddedKraftBroker.start(Files.createTempDirectory("newsflow-kafka-"), 0);
            return new KafkaFixture(broker.bootstrapServers(), broker::close);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker someone else runs (the launcher's, say); closing the fixture leaves it running. */
    public static KafkaFixture attach(String bootstrapServers) {
        return new KafkaFixture(bootstrapServers, () -> { });
    }

    /** Testcontainers' Kafka; callers guard with {@code @Testcontainers(disabledWithoutDocker = true)}. */
    public static KafkaFixture container() {
        var container = new KafkaContainer(KAFKA_IMAGE);
        container.start();
        return new KafkaFixture(container.getBootstrapServers(), container::stop);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public void createTopics(List<Topic<?, ?>> topics) {
        TopicCreator.ensure(KafkaSettings.plain(bootstrapServers), topics);
    }

    public <K, V> void send(Topic<K, V> topic, K key, V value) {
        sendBytes(topic.name(), topic.keySerde().serializer().serialize(topic.name(), key),
                topic.valueSerde().serializer().serialize(topic.name(), value));
    }

    /** Sends one record and returns where it landed once the broker acknowledged it. */
    public RecordMetadata sendBytes(String topic, byte[] key, byte[] value) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send to " + topic + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Reads committed records of {@code topic} from the beginning until {@code count} have arrived or
     * {@code timeout} passed, then keeps polling briefly so a test also sees records beyond the expected ones.
     */
    public <K, V> List<ConsumerRecord<K, V>> read(Topic<K, V> topic, int count, Duration timeout) {
        return read(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer(), count, timeout);
    }

    /** As {@link #read(Topic, int, Duration)}, but the values exactly as they are on the topic. */
    public List<ConsumerRecord<byte[], byte[]>> readBytes(String topic, int count, Duration timeout) {
        return read(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), count, timeout);
    }

    private <K, V> List<ConsumerRecord<K, V>> read(String topic, Deserializer<K> keys, Deserializer<V> values,
                                                  int count, Duration timeout) {
        var records = new ArrayList<ConsumerRecord<K, V>>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "newsflow-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), keys, values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    @Override
    public void close() {
        stopBroker.run();
    }
}

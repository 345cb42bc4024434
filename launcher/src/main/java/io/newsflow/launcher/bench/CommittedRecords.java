package io.newsflow.launcher.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads back what a stage committed to its topic, byte for byte, so the ceilings run on the very records this run's
 * pipeline produced: the same keys, the same serialized sizes. Read with {@code read_committed} up to the end
 * offsets of the moment it starts (see {@link TopicEnds}).
 */
final class CommittedRecords {

    private static final Duration POLL = Duration.ofMillis(200);

    /** One record: its key (the article id), where it was, and its value's bytes. */
    record Entry(String key, int partition, long offset, byte[] value) {
    }

    private CommittedRecords() {
    }

    /** The records of {@code topic} whose key is in {@code keys}, in the order read, by key. */
    static Map<String, Entry> read(String bootstrapServers, String topic, Set<String> keys, Progress progress) {
        progress.phase("read back " + topic, "records", keys.size());
        var found = new LinkedHashMap<String, Entry>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = TopicEnds.partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            var guard = new StallGuard("reading back " + topic, keys.size());
            while (!TopicEnds.reached(consumer, ends)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    String key = new String(record.key(), StandardCharsets.UTF_8);
                    if (keys.contains(key)) {
                        found.put(key, new Entry(key, record.partition(), record.offset(), record.value()));
                    }
                }
                progress.done(found.size());
                long read = partitions.stream().mapToLong(consumer::position).sum();
                guard.check(read, () -> found.size() + " of the wanted records found");
            }
        }
        if (found.size() != keys.size()) {
            throw new BenchFailedException("reading back " + topic + ": found " + found.size() + " of the "
                    + keys.size() + " bulk articles");
        }
        return found;
    }
}

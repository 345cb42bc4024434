package io.newsflow.launcher.reenrich;

import io.newsflow.config.KafkaSettings;
import io.newsflow.contracts.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Where the raw topic's committed records end now, per partition: the offset just after each partition's last
 * committed record. Not the end offset: ingest writes in transactions, and each commit marker takes an offset of its
 * own that no consumer ever reads, so a consumer that has read everything can still stand before the end offset.
 */
final class RawTopicEnds {

    /** Offsets looked back from the end for a record, doubled while only markers or aborted records are found. */
    private static final int FIRST_LOOK_BACK = 16;

    private RawTopicEnds() {
    }

    /** @return per partition, the offset after its last committed record; partitions without any are left out */
    static Map<TopicPartition, Long> read(KafkaSettings kafka, Duration timeout) {
        try (var consumer = new KafkaConsumer<>(kafka.consumer(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW.name(), timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            var ends = new HashMap<TopicPartition, Long>();
            for (TopicPartition partition : partitions) {
                lastRecord(consumer, partition, begin.get(partition), end.get(partition), timeout)
                        .ifPresent(last -> ends.put(partition, last + 1));
            }
            return ends;
        }
    }

    private static OptionalLong lastRecord(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition,
                                           long begin, long end, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        consumer.pause(consumer.assignment());
        consumer.resume(List.of(partition));
        for (long lookBack = FIRST_LOOK_BACK; ; lookBack *= 2) {
            long from = Math.max(begin, end - lookBack);
            consumer.seek(partition, from);
            long last = -1;
            while (consumer.position(partition) < end) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("reading the end of " + partition + " took over " + timeout);
                }
                for (var record : consumer.poll(Duration.ofMillis(200)).records(partition)) {
                    if (record.offset() < end) {
                        last = Math.max(last, record.offset());
                    }
                }
            }
            if (last >= 0) {
                return OptionalLong.of(last);
            }
            if (from == begin) {
                return OptionalLong.empty();
            }
        }
    }
}

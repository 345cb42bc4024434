package io.newsflow.launcher.replay;

import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Puts dead-lettered records back onto the topic they were read from (the {@code newsflow.dlq.topic} header), once
 * the cause is fixed. Each record's send and the redriver's consumer offset commit in one transaction, so running it
 * twice, or after a crash, re-drives nothing twice; the records keep their key, value and original headers.
 */
public final class DeadLetterRedriver {

    static final String GROUP_ID = "newsflow-dlq-redrive";

    private final String bootstrapServers;

    public DeadLetterRedriver(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Re-drives what is on the dead-letter topic now; returns the count per target topic. */
    public Map<String, Integer> redriveAll(Consumer<String> warnings) {
        var counts = new TreeMap<String, Integer>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
             var producer = new KafkaProducer<>(Map.<String, Object>of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                     ProducerConfig.TRANSACTIONAL_ID_CONFIG, GROUP_ID),
                     new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTER.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.subscribe(List.of(Topics.DEAD_LETTER.name()));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!caughtUp(consumer, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    producer.beginTransaction();
                    String target = Headers.text(record.headers(), Headers.DLQ_TOPIC);
                    if (target == null) {
                        warnings.accept("dead letter at offset " + record.offset() + " names no original topic: "
                                + "left where it is");
                    } else {
                        producer.send(new ProducerRecord<>(target, null, record.key(), record.value(),
                                originalHeaders(record)));
                        counts.merge(target, 1, Integer::sum);
                    }
                    producer.sendOffsetsToTransaction(
                            Map.of(new TopicPartition(record.topic(), record.partition()),
                                    new OffsetAndMetadata(record.offset() + 1)),
                            consumer.groupMetadata());
                    producer.commitTransaction();
                }
            }
        }
        return counts;
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        if (consumer.assignment().isEmpty()) {
            return false;
        }
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** The headers the record had before it was dead-lettered: every {@code newsflow.dlq.*} one dropped. */
    private static RecordHeaders originalHeaders(ConsumerRecord<byte[], byte[]> record) {
        var headers = new RecordHeaders();
        record.headers().forEach(h -> {
            if (!h.key().startsWith("newsflow.dlq.")) {
                headers.add(h);
            }
        });
        return headers;
    }
}

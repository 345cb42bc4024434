package io.newsflow.launcher.replay;

import io.newsflow.config.KafkaRefusedException;
import io.newsflow.config.KafkaSettings;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
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
    private static final Duration CATCH_UP = Duration.ofMinutes(5);

    private final KafkaSettings kafka;
    private final Duration reach;

    /** @param reach how long to wait for the broker to answer at all before giving up */
    public DeadLetterRedriver(KafkaSettings kafka, Duration reach) {
        this.kafka = kafka;
        this.reach = reach;
    }

    /** Re-drives what is on the dead-letter topic now; returns the count per target topic. */
    public Map<String, Integer> redriveAll(Consumer<String> warnings) {
        var counts = new TreeMap<String, Integer>();
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = deadLetterPartitions(consumer);
            try (var producer = new KafkaProducer<>(kafka.producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, GROUP_ID)),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.initTransactions();
                consumer.subscribe(List.of(Topics.DEAD_LETTER.name()));
                readToEnd(consumer, partitions, record -> {
                    producer.beginTransaction();
                    String target = Headers.text(record.headers(), Headers.DLQ_TOPIC);
                    if (target == null) {
                        warnings.accept(orphan(record.offset()));
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
                });
            }
        }
        return counts;
    }

    /**
     * What {@link #redriveAll} would re-drive now, from where the last re-drive stopped, without producing or
     * committing anything: the partitions are assigned, not subscribed, so the dry run does not even join the group.
     */
    public List<DeadLetter> pending(Consumer<String> warnings) {
        var pending = new ArrayList<DeadLetter>();
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = deadLetterPartitions(consumer);
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                if (done == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, done.offset());
                }
            }
            readToEnd(consumer, partitions, record -> {
                var letter = DeadLetter.of(record);
                if (letter.topic() == null) {
                    warnings.accept(orphan(record.offset()));
                } else {
                    pending.add(letter);
                }
            });
        }
        return pending;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(kafka.consumer(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The first call to the broker, so an unreachable one is reported within {@link #reach}. */
    private List<TopicPartition> deadLetterPartitions(KafkaConsumer<byte[], byte[]> consumer) {
        BrokerProbe.awaitReachable(kafka.bootstrapServers(), reach);
        try {
            return consumer.partitionsFor(Topics.DEAD_LETTER.name(), reach).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        } catch (TimeoutException e) {
            throw new KafkaUnreachableException(kafka.bootstrapServers(), reach, e);
        } catch (KafkaException e) {
            throw KafkaRefusedException.find(e, kafka.bootstrapServers()).orElseThrow(() -> e);
        }
    }

    /** Hands each record to {@code each} until the consumer stands at the end the topic had when this began. */
    private static void readToEnd(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
                                  Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (!caughtUp(consumer, end) && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500)).forEach(each);
        }
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        if (end.isEmpty()) {
            return true; // no dead-letter topic yet: nothing to read
        }
        if (consumer.assignment().isEmpty()) {
            return false;
        }
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static String orphan(long offset) {
        return "dead letter at offset " + offset + " names no original topic: left where it is";
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

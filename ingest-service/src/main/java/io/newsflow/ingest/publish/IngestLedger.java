package io.newsflow.ingest.publish;

import io.newsflow.contracts.IngestedFile;
import io.newsflow.contracts.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * What ingest-service has already published, read back from the compacted ledger topic at start. Keeping it in
 * Kafka rather than on local disk means a restarted or rescheduled container finds it again, and because each entry
 * is written in the same transaction as its raw event, the ledger and the raw topic never disagree.
 */
public final class IngestLedger {

    private final Map<String, IngestedFile> byPath = new HashMap<>();
    private final Set<String> articleIds = new HashSet<>();

    /** Reads the whole ledger topic (committed records only) up to its current end. */
    public static IngestLedger load(String bootstrapServers) {
        var ledger = new IngestLedger();
        var topic = Topics.INGEST_LEDGER;
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.value() != null) {
                        ledger.remember(record.value());
                    }
                });
            }
        }
        return ledger;
    }

    public Optional<IngestedFile> entryFor(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public boolean knowsArticle(String articleId) {
        return articleIds.contains(articleId);
    }

    public int size() {
        return byPath.size();
    }

    /** Called once the entry's transaction has committed. */
    public void remember(IngestedFile entry) {
        byPath.put(entry.path(), entry);
        articleIds.add(entry.articleId());
    }
}

package io.newsflow.ingest.publish;

import io.newsflow.config.KafkaSettings;
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
import org.apache.kafka.common.errors.TimeoutException;

/**
 * What ingest-service has already published, read back from the compacted ledger topic. Keeping it in Kafka rather
 * than on local disk means a restarted or rescheduled container finds it again, and because each entry is written
 * in the same transaction as its raw event, the ledger and the raw topic never disagree. It is read again after
 * every reconnect, because a commit that timed out may still have succeeded: the topic, not memory, decides.
 */
public final class IngestLedger {

    /** Reading stops with a timeout when the broker sends nothing for this long, rather than waiting forever. */
    private static final Duration STALL_LIMIT = Duration.ofSeconds(15);

    private final KafkaSettings kafka;
    private final Map<String, IngestedFile> byKey = new HashMap<>();
    private final Set<String> articleIds = new HashSet<>();

    public IngestLedger(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    /**
     * Replaces what is known with the whole ledger topic (committed records only) up to its current end. On a
     * failure what was known before stays, and the caller must not publish until a reload succeeds.
     */
    public void reload() {
        var loaded = new IngestLedger(kafka);
        loaded.readTopic();
        byKey.clear();
        byKey.putAll(loaded.byKey);
        articleIds.clear();
        articleIds.addAll(loaded.articleIds);
    }

    private void readTopic() {
        var topic = Topics.INGEST_LEDGER;
        try (var consumer = new KafkaConsumer<>(kafka.consumer(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) STALL_LIMIT.toMillis())),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                // The broker does not know the topic yet (its metadata lags the creation): an empty ledger here
                // would republish everything, so this is a failed read, tried again on the next pass.
                throw new TimeoutException("the ledger topic " + topic.name() + " has no partitions yet");
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long lastProgress = System.nanoTime();
            long read = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.value() != null) {
                        remember(record.value());
                    }
                });
                // positions, not records, measure progress: transaction markers advance them without records
                long position = partitions.stream().mapToLong(consumer::position).sum();
                if (position > read) {
                    read = position;
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > STALL_LIMIT.toNanos()) {
                    throw new TimeoutException("the ledger topic " + topic.name() + " sent nothing for " + STALL_LIMIT);
                }
            }
        }
    }

    /** The entry under a ledger key: a file's path, or an archive line's {@link IngestedFile#key()}. */
    public Optional<IngestedFile> entryFor(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean knowsArticle(String articleId) {
        return articleIds.contains(articleId);
    }

    /** Files, archives and archive lines known. */
    public int size() {
        return byKey.size();
    }

    /** Called once the entry's transaction has committed. */
    public void remember(IngestedFile entry) {
        byKey.put(entry.key(), entry);
        if (entry.articleId() != null) { // a whole archive's entry names no article: its lines do
            articleIds.add(entry.articleId());
        }
    }
}

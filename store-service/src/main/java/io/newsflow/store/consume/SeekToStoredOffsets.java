package io.newsflow.store.consume;

import io.newsflow.store.persist.ArticleRepository;
import io.newsflow.store.persist.DatabaseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves each partition assigned to the store to the offset the database stored with its rows, not to Kafka's
 * committed offset, which may lag behind a database commit. While the database cannot say, the partition stays
 * paused, so nothing is read from a position the rows do not match; the poll loop asks again before every poll.
 * Called by the consumer on its own thread, inside {@code poll()}.
 */
final class SeekToStoredOffsets implements ConsumerRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(SeekToStoredOffsets.class);

    private final Consumer<byte[], byte[]> consumer;
    private final String groupId;
    private final ArticleRepository repository;
    private final ArticleBatchWriter writer;
    private final ConsumerHealth health;
    /** Assigned partitions not yet moved to their stored offsets (paused while the database cannot say). */
    private final Set<TopicPartition> awaitingSeek = new HashSet<>();

    SeekToStoredOffsets(Consumer<byte[], byte[]> consumer, String groupId, ArticleRepository repository,
                        ArticleBatchWriter writer, ConsumerHealth health) {
        this.consumer = consumer;
        this.groupId = groupId;
        this.repository = repository;
        this.writer = writer;
        this.health = health;
    }

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
            health.retrying(e.getMessage());
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

    /** Moves newly assigned partitions to the offsets the database stored with the rows. */
    void seekAwaiting() {
        if (awaitingSeek.isEmpty()) {
            return;
        }
        var stored = new HashMap<String, Map<Integer, Long>>();
        var seeks = new TreeMap<String, Long>();
        for (TopicPartition partition : awaitingSeek) {
            Long next = stored.computeIfAbsent(partition.topic(), topic -> repository.offsets(groupId, topic))
                    .get(partition.partition());
            // None stored yet: Kafka's committed offset applies, or the earliest one for a new group.
            if (next != null) {
                consumer.seek(partition, next);
                seeks.put(partition.toString(), next);
            }
        }
        log.info("store assigned partitions={} resuming at stored offsets={}", awaitingSeek.stream()
                .map(TopicPartition::toString).sorted().toList(), seeks);
        consumer.resume(awaitingSeek);
        awaitingSeek.clear();
    }

    /** True when every assigned partition reads from its stored offset: no outage is holding one back. */
    boolean allSeeked() {
        return awaitingSeek.isEmpty();
    }

    private void forget(Collection<TopicPartition> partitions) {
        awaitingSeek.removeAll(partitions);
        writer.forget(partitions);
    }
}

package io.newsflow.store.consume;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.LogFormat;
import io.newsflow.contracts.StoryAssignment;
import io.newsflow.contracts.Topics;
import io.newsflow.store.persist.ArticleRepository;
import io.newsflow.store.persist.ConsumedOffset;
import io.newsflow.store.persist.DatabaseException;
import io.newsflow.store.persist.SaveResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one polled batch to the database: its articles, its story assignments and the next offset of each of its partitions in one
 * transaction, so the stored offsets always describe exactly the stored rows. A record that can never be stored
 * (not an article, or rejected by the database) is dead-lettered and its offset stored without it, so the partition
 * moves on; finding the one the database rejects costs a transaction per record, paid only for a batch that has one.
 * An outage (a transient {@link DatabaseException}, {@link DeadLetterPublisher.UnavailableException}) is thrown to
 * the caller, which retries the whole batch.
 */
final class ArticleBatchWriter {

    private static final Logger log = LoggerFactory.getLogger(ArticleBatchWriter.class);

    /** One polled record: the article or story assignment it holds, or the reason it cannot be one. */
    private record Item(ConsumerRecord<byte[], byte[]> record, EnrichedArticle article, StoryAssignment story,
                        String error) {
    }

    private final String groupId;
    private final ArticleRepository repository;
    private final DeadLetterPublisher deadLetters;
    private final StoreMeters meters;
    /** The last offset this process dead-lettered per partition, so retrying a batch does not send a record twice. */
    private final Map<TopicPartition, Long> deadLettered = new HashMap<>();

    ArticleBatchWriter(String groupId, ArticleRepository repository, DeadLetterPublisher deadLetters,
                       StoreMeters meters) {
        this.groupId = groupId;
        this.repository = repository;
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    /** Stores {@code records}; returns the next offset of each partition, now stored in the database. */
    List<ConsumedOffset> write(ConsumerRecords<byte[], byte[]> records) {
        var items = new ArrayList<Item>(records.count());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            items.add(parse(record));
        }
        for (Item item : items) {
            if (item.error() != null) {
                deadLetterOnce(item.record(), item.error());
            }
        }
        var articles = items.stream().filter(i -> i.article() != null).map(Item::article).toList();
        var stories = items.stream().filter(i -> i.story() != null).map(Item::story).toList();
        List<ConsumedOffset> next = nextOffsets(records);
        long started = System.nanoTime();
        try {
            repository.store(articles, stories, next).forEach(this::saved);
            meters.storiesAssigned(stories.size());
        } catch (DatabaseException e) {
            if (e.isTransient()) {
                throw e;
            }
            log.warn("store batch rejected records={} problem={}: storing them one by one", items.size(),
                    LogFormat.quoted(e.getMessage()));
            storeEachAlone(items);
        }
        meters.committed(records.count(), System.nanoTime() - started);
        return next;
    }

    /** Drops partitions this process no longer reads (revoked or lost in a rebalance): it remembers only its own. */
    void forget(Collection<TopicPartition> partitions) {
        deadLettered.keySet().removeAll(partitions);
    }

    /** Finds the record the database refuses, dead-letters it, and stores the rest. */
    private void storeEachAlone(List<Item> items) {
        for (Item item : items) {
            var offset = List.of(new ConsumedOffset(groupId, item.record().topic(), item.record().partition(),
                    item.record().offset() + 1));
            if (item.error() != null) {
                repository.store(List.of(), offset);
                continue;
            }
            try {
                repository.store(item.article() == null ? List.of() : List.of(item.article()),
                        item.story() == null ? List.of() : List.of(item.story()), offset).forEach(this::saved);
            } catch (DatabaseException e) {
                if (e.isTransient()) {
                    throw e;
                }
                deadLetterOnce(item.record(), "rejected by the database: " + e.getMessage());
                repository.store(List.of(), offset);
            }
        }
    }

    private static Item parse(ConsumerRecord<byte[], byte[]> record) {
        try {
            return record.topic().equals(Topics.STORIES.name())
                    ? new Item(record, null, EnrichedArticleParser.parseStory(record.value()), null)
                    : new Item(record, EnrichedArticleParser.parse(record.value()), null, null);
        } catch (InvalidArticleException e) {
            return new Item(record, null, null, e.getMessage());
        }
    }

    private void deadLetterOnce(ConsumerRecord<byte[], byte[]> record, String reason) {
        var partition = new TopicPartition(record.topic(), record.partition());
        Long done = deadLettered.get(partition);
        if (done == null || record.offset() > done) {
            deadLetters.send(record, reason);
            deadLettered.put(partition, record.offset());
            meters.deadLettered();
        }
    }

    private List<ConsumedOffset> nextOffsets(ConsumerRecords<byte[], byte[]> records) {
        return records.partitions().stream()
                .map(p -> new ConsumedOffset(groupId, p.topic(), p.partition(), lastOffset(records, p) + 1))
                .toList();
    }

    private static long lastOffset(ConsumerRecords<byte[], byte[]> records, TopicPartition partition) {
        var list = records.records(partition);
        return list.get(list.size() - 1).offset();
    }

    /** Called once the transaction holding the article has committed. */
    private void saved(SaveResult result) {
        meters.saved(result);
        log.info("store {} id={} entities={} dates={}", result.change().word(), result.id(), result.entities(),
                result.dates());
    }
}

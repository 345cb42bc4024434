package io.newsflow.ingest.publish;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.config.KafkaSettings;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.IngestError;
import io.newsflow.contracts.IngestStatus;
import io.newsflow.contracts.IngestedFile;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Topic;
import io.newsflow.contracts.Topics;
import io.newsflow.metrics.Metrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes the outcomes of a batch of files (and archive lines) to Kafka in one transaction: raw articles with their
 * ledger entries and "published" statuses; already-present files' ledger entries and statuses; failures' error
 * events and statuses. Each call returns only once the broker has acknowledged all of it, so readers with
 * {@code isolation.level=read_committed} never see an article the ledger does not know, or a ledger entry whose
 * article was lost: a crash anywhere leads to publishing again, never to a gap.
 *
 * <p>A failure other than being fenced closes the producer; {@link #connect()} makes a new one, whose
 * {@code initTransactions} settles whatever the old one left open. Kafka clients recover from short outages on
 * their own, but a transactional producer that timed out mid-commit cannot be trusted with the next transaction.
 * Timeouts are kept short so that a broker outage shows up within seconds and shutdown stays bounded.
 */
public final class IngestPublisher implements AutoCloseable {

    private static final int MAX_BLOCK_MS = 10_000;
    private static final int REQUEST_TIMEOUT_MS = 10_000;
    private static final int DELIVERY_TIMEOUT_MS = 30_000;

    private final KafkaSettings kafka;
    private final String transactionalId;
    private final Metrics metrics;
    /** Null when not connected; volatile because close() may run on a shutdown thread. */
    private volatile KafkaProducer<byte[], byte[]> producer;
    /** The producer's own meters (sends, errors, request latency), rebound to each new producer. */
    private volatile KafkaClientMetrics producerMetrics;

    public IngestPublisher(KafkaSettings kafka, String transactionalId, Metrics metrics) {
        this.kafka = kafka;
        this.transactionalId = transactionalId;
        this.metrics = metrics;
    }

    /** Where a raw article landed. */
    public record Published(int partition, long offset) {
    }

    /** Creates the transactional producer (again); blocks until the broker answers, or fails with a timeout. */
    public void connect() {
        closeProducer(Duration.ZERO);
        var created = new KafkaProducer<>(kafka.producer(Map.of(
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, DELIVERY_TIMEOUT_MS)),
                new ByteArraySerializer(), new ByteArraySerializer());
        try {
            created.initTransactions();
        } catch (RuntimeException e) {
            created.close(Duration.ZERO);
            throw e;
        }
        producerMetrics = metrics.bindProducer(created);
        producer = created;
    }

    /** Drops the producer, so the next {@link #connect()} starts clean (used when the ledger cannot be read). */
    public void disconnect() {
        closeProducer(Duration.ZERO);
    }

    /** False before {@link #connect()} and after a failed transaction, until the next connect. */
    public boolean connected() {
        return producer != null;
    }

    /**
     * Writes a batch of outcomes in one transaction and returns where each article landed, in the batch's order.
     * The raw events go first and are flushed, so each "published" status can name its article's offset; the
     * ledger entries, statuses and error events follow in the same transaction.
     */
    public List<Published> commit(List<Outcome> outcomes) {
        return inTransaction(() -> {
            var sent = new ArrayList<Future<RecordMetadata>>();
            for (Outcome outcome : outcomes) {
                if (outcome instanceof Outcome.Article published) {
                    var article = published.article();
                    sent.add(producer.send(record(Topics.RAW, article.id(), article, RawArticle.EVENT_TYPE,
                            RawArticle.SCHEMA_VERSION)));
                }
            }
            producer.flush();
            var landed = new ArrayList<Published>();
            for (Outcome outcome : outcomes) {
                if (outcome instanceof Outcome.Article published) {
                    RecordMetadata at = acknowledged(sent.get(landed.size()));
                    var entry = published.entry();
                    sendLedger(entry);
                    sendStatus(IngestStatus.published(entry.path(), entry.articleId(), entry.sha256(),
                            Topics.RAW.name(), at.partition(), at.offset(), entry.ingestedAt()).atLine(entry.line()));
                    landed.add(new Published(at.partition(), at.offset()));
                } else if (outcome instanceof Outcome.AlreadyPresent present) {
                    var entry = present.entry();
                    sendLedger(entry);
                    sendStatus(IngestStatus.alreadyPresent(entry.path(), entry.articleId(), entry.sha256(),
                            entry.ingestedAt()).atLine(entry.line()));
                } else if (outcome instanceof Outcome.Failure failure) {
                    var error = failure.error();
                    send(Topics.INGEST_ERRORS, error.path(), error, IngestError.EVENT_TYPE, IngestError.SCHEMA_VERSION);
                    sendStatus(IngestStatus.failed(error));
                } else {
                    sendLedger(outcome.entry()); // an archive done: its ledger entry only
                }
            }
            return landed;
        });
    }

    /** "seen" statuses for files that appeared in one scan, together. */
    public void reportSeen(List<IngestStatus> seen) {
        inTransaction(() -> {
            seen.forEach(this::sendStatus);
            return null;
        });
    }

    private void sendLedger(IngestedFile entry) {
        send(Topics.INGEST_LEDGER, entry.key(), entry, null, 0);
    }

    private void sendStatus(IngestStatus status) {
        send(Topics.INGEST_STATUS, status.path(), status, IngestStatus.EVENT_TYPE, IngestStatus.SCHEMA_VERSION);
    }

    private <V> void send(Topic<String, V> topic, String key, V value, String eventType, int schemaVersion) {
        producer.send(record(topic, key, value, eventType, schemaVersion));
    }

    private static <V> ProducerRecord<byte[], byte[]> record(Topic<String, V> topic, String key, V value,
                                                             String eventType, int schemaVersion) {
        var record = new ProducerRecord<>(topic.name(), topic.keySerde().serializer().serialize(topic.name(), key),
                topic.valueSerde().serializer().serialize(topic.name(), value));
        if (eventType != null) {
            Headers.stamp(record.headers(), eventType, schemaVersion);
        }
        return record;
    }

    private interface TransactionBody<T> {
        T run();
    }

    private <T> T inTransaction(TransactionBody<T> body) {
        if (producer == null) {
            throw new KafkaException("not connected to Kafka: the last transaction failed");
        }
        try {
            producer.beginTransaction();
            T result = body.run();
            producer.commitTransaction();
            return result;
        } catch (ProducerFencedException e) {
            throw e; // another ingest-service with this transactional id took over: the caller stops
        } catch (RuntimeException e) {
            closeProducer(Duration.ZERO); // whatever it left open is settled by the next connect()
            throw e;
        }
    }

    /** Waits for a send inside the transaction, so the status can name the article's partition and offset. */
    private static RecordMetadata acknowledged(Future<RecordMetadata> sent) {
        try {
            return sent.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof KafkaException kafka ? kafka : new KafkaException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        }
    }

    private void closeProducer(Duration timeout) {
        var open = producer;
        producer = null;
        if (open != null) {
            producerMetrics.close();
            open.close(timeout);
        }
    }

    @Override
    public void close() {
        closeProducer(Duration.ofSeconds(5));
    }
}

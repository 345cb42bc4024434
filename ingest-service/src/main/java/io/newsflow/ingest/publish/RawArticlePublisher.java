package io.newsflow.ingest.publish;

import io.newsflow.contracts.Headers;
import io.newsflow.contracts.IngestedFile;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes a raw article and its ledger entry in one Kafka transaction, and returns only once the broker has
 * acknowledged both. Readers with {@code isolation.level=read_committed} therefore never see an article the ledger
 * does not know, or a ledger entry whose article was lost: a crash anywhere leads to publishing again, never to a
 * gap. The producer is idempotent (implied by transactions), so retries inside the client do not duplicate.
 */
public final class RawArticlePublisher implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;

    public RawArticlePublisher(String bootstrapServers, String transactionalId) {
        this.producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"),
                new ByteArraySerializer(), new ByteArraySerializer());
        producer.initTransactions();
    }

    /** Where a raw article landed. */
    public record Published(int partition, long offset) {
    }

    public Published publish(RawArticle article, IngestedFile entry) throws InterruptedException {
        producer.beginTransaction();
        Future<RecordMetadata> sent;
        try {
            var raw = new ProducerRecord<>(Topics.RAW.name(),
                    Topics.RAW.keySerde().serializer().serialize(Topics.RAW.name(), article.id()),
                    Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(), article));
            Headers.stamp(raw.headers(), RawArticle.EVENT_TYPE, RawArticle.SCHEMA_VERSION);
            sent = producer.send(raw);
            sendLedgerEntry(entry);
            producer.commitTransaction();
        } catch (RuntimeException e) {
            abortQuietly();
            throw e;
        }
        try {
            RecordMetadata metadata = sent.get(); // already complete: the commit waited for every acknowledgement
            return new Published(metadata.partition(), metadata.offset());
        } catch (ExecutionException e) {
            throw new IllegalStateException("a committed send reported a failure", e.getCause());
        }
    }

    /** Records a file whose article is already published under another name: nothing goes to the raw topic. */
    public void recordOnly(IngestedFile entry) {
        producer.beginTransaction();
        try {
            sendLedgerEntry(entry);
            producer.commitTransaction();
        } catch (RuntimeException e) {
            abortQuietly();
            throw e;
        }
    }

    private void sendLedgerEntry(IngestedFile entry) {
        var topic = Topics.INGEST_LEDGER;
        producer.send(new ProducerRecord<>(topic.name(),
                topic.keySerde().serializer().serialize(topic.name(), entry.path()),
                topic.valueSerde().serializer().serialize(topic.name(), entry)));
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (RuntimeException ignored) {
            // the transaction is already doomed (e.g. fenced); the caller reports the original failure
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}

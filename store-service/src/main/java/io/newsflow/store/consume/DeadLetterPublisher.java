package io.newsflow.store.consume;

import io.newsflow.config.KafkaSettings;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.LogFormat;
import io.newsflow.contracts.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record the store can never persist to {@link Topics#DEAD_LETTER}, byte for byte, with headers naming where
 * it was read and why it failed, and waits for the acknowledgement: the consumer moves past a record only once the
 * dead-letter topic holds it.
 */
final class DeadLetterPublisher implements AutoCloseable {

    static final String SERVICE = "store-service";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    /** Keeps a reason readable in a header and a log line, and keeps a database's "failing row" text out of both. */
    private static final int MAX_REASON = 300;
    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

    /** The dead-letter topic did not acknowledge in time: a broker outage, retried like a database outage. */
    static final class UnavailableException extends RuntimeException {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final KafkaProducer<byte[], byte[]> producer;

    DeadLetterPublisher(KafkaSettings kafka) {
        this.producer = new KafkaProducer<>(kafka.producer(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000)),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    void send(ConsumerRecord<byte[], byte[]> record, String why) {
        String reason = shorten(why);
        var dead = new ProducerRecord<>(Topics.DEAD_LETTER.name(), null, record.key(), record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        Headers.stampDeadLetter(dead.headers(), record.topic(), record.partition(), record.offset(), SERVICE, reason);
        try {
            producer.send(dead).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new UnavailableException("cannot dead-letter to " + Topics.DEAD_LETTER.name() + ": "
                    + cause.getMessage(), cause);
        }
        log.warn("store dead-lettered topic={} partition={} offset={} reason={}", record.topic(), record.partition(),
                record.offset(), LogFormat.quoted(reason));
    }

    private static String shorten(String reason) {
        String oneLine = reason.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON) + "...";
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}

package io.newsflow.launcher.replay;

import io.newsflow.contracts.Headers;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One record on the dead-letter topic, as a dry run lists it: where it sits, and what its {@code newsflow.dlq.*}
 * headers say of where it came from and why it was given up on. A header that is missing is null.
 *
 * @param partition the dead letter's own partition on the dead-letter topic
 * @param offset    its own offset there
 * @param topic     the topic it was read from, where a re-drive puts it back (null: it stays where it is)
 */
public record DeadLetter(int partition, long offset, String topic, String originalPartition, String originalOffset,
                         String service, String error) {

    static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        var headers = record.headers();
        return new DeadLetter(record.partition(), record.offset(), Headers.text(headers, Headers.DLQ_TOPIC),
                Headers.text(headers, Headers.DLQ_PARTITION), Headers.text(headers, Headers.DLQ_OFFSET),
                Headers.text(headers, Headers.DLQ_SERVICE), Headers.text(headers, Headers.DLQ_ERROR));
    }
}

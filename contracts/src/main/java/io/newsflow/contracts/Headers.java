package io.newsflow.contracts;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;

/** Kafka header names Newsflow writes. Values are UTF-8 strings. */
public final class Headers {

    /** The event type, e.g. {@value RawArticle#EVENT_TYPE}. */
    public static final String EVENT_TYPE = "newsflow.event-type";
    /** The schema version of the value, e.g. {@code "1"}. */
    public static final String SCHEMA_VERSION = "newsflow.schema-version";

    /** Dead-letter headers: where the record was read from, who failed on it, and why. */
    public static final String DLQ_TOPIC = "newsflow.dlq.topic";
    public static final String DLQ_PARTITION = "newsflow.dlq.partition";
    public static final String DLQ_OFFSET = "newsflow.dlq.offset";
    public static final String DLQ_SERVICE = "newsflow.dlq.service";
    public static final String DLQ_ERROR = "newsflow.dlq.error";

    private Headers() {
    }

    /** Marks a record as an event of the given type and schema version. */
    public static void stamp(org.apache.kafka.common.header.Headers headers, String eventType, int schemaVersion) {
        headers.add(EVENT_TYPE, utf8(eventType));
        headers.add(SCHEMA_VERSION, utf8(Integer.toString(schemaVersion)));
    }

    /**
     * Marks a record going to the dead-letter topic with where it was read from, which service gave up on it and
     * why: one stamp for every service, so consumers of the dead-letter topic read one shape.
     */
    public static void stampDeadLetter(org.apache.kafka.common.header.Headers headers, String topic, int partition,
                                       long offset, String service, String error) {
        headers.add(DLQ_TOPIC, utf8(topic));
        headers.add(DLQ_PARTITION, utf8(Integer.toString(partition)));
        headers.add(DLQ_OFFSET, utf8(Long.toString(offset)));
        headers.add(DLQ_SERVICE, utf8(service));
        headers.add(DLQ_ERROR, utf8(error));
    }

    public static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** The header's value as text, or null when the record lacks it. */
    public static String text(org.apache.kafka.common.header.Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

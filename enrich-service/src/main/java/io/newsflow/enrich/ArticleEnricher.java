package io.newsflow.enrich;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Lineage;
import io.newsflow.contracts.LogFormat;
import io.newsflow.contracts.RawArticle;
import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.Tagging;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses one raw record and tags it. It is a processor rather than a mapper because it needs the record's topic,
 * partition and offset: for the lineage of a good article, and for the dead-letter headers of a bad one. A record
 * that is not a RawArticle, or that the tagger fails on, is rejected with a reason instead of failing the stream,
 * so one poison record cannot stop every article behind it.
 */
final class ArticleEnricher implements FixedKeyProcessor<byte[], byte[], Outcome> {

    static final String SERVICE = "enrich-service";
    /** Jackson's messages carry the whole input location; the header keeps the first line, bounded. */
    private static final int MAX_REASON_LENGTH = 300;
    private static final Logger log = LoggerFactory.getLogger(ArticleEnricher.class);

    private final Tagger tagger;
    private final Clock clock;
    private final PublishedRange only;
    private final EnrichMeters meters;
    private FixedKeyProcessorContext<byte[], Outcome> context;

    ArticleEnricher(Tagger tagger, Clock clock, PublishedRange only, EnrichMeters meters) {
        this.tagger = tagger;
        this.clock = clock;
        this.only = only;
        this.meters = meters;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], byte[]> record) {
        RecordMetadata origin = context.recordMetadata().orElseThrow();
        RawArticle raw;
        try {
            raw = parse(record.value());
        } catch (IOException e) {
            reject(record, origin, "not a RawArticle: " + e.getMessage());
            return;
        }
        if (!only.contains(raw.publishedDate())) {
            // A re-enrichment of part of history passes over the rest: nothing to write, the offset moves on.
            log.debug("enrich outside-range id={} published={} range={}", raw.id(), raw.publishedDate(), only);
            return;
        }
        long started = System.nanoTime();
        Tagging tagging;
        try {
            tagging = tagger.tag(raw.text(), raw.publishedDate());
        } catch (RuntimeException e) {
            reject(record, origin, "tagger " + tagger.name() + " failed: " + e);
            return;
        }
        long nanos = System.nanoTime() - started;
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        var lineage = new Lineage(raw.source().path(), origin.topic(), origin.partition(), origin.offset(),
                tagger.name(), clock.instant());
        var headers = new RecordHeaders();
        Headers.stamp(headers, EnrichedArticle.EVENT_TYPE, EnrichedArticle.SCHEMA_VERSION);
        context.forward(record
                .withValue(Outcome.enriched(EnrichedArticle.of(raw, tagging.entities(), tagging.dates(), lineage)))
                .withHeaders(headers));
        meters.tagged(nanos, tagging.entities().size());
        log.info("enrich tagged id={} entities={} dates={} ms={}", raw.id(), tagging.entities().size(),
                tagging.dates().size(), millis);
    }

    private static RawArticle parse(byte[] value) throws IOException {
        if (value == null) {
            throw new IOException("the value is empty (a tombstone)");
        }
        return Json.read(value, RawArticle.class);
    }

    /** Forwards the original value, with the raw record's headers plus where it came from and why it failed. */
    private void reject(FixedKeyRecord<byte[], byte[]> record, RecordMetadata origin, String reason) {
        String shortReason = firstLine(reason);
        var headers = new RecordHeaders(record.headers().toArray());
        Headers.stampDeadLetter(headers, origin.topic(), origin.partition(), origin.offset(), SERVICE, shortReason);
        context.forward(record.withValue(Outcome.rejected(record.value())).withHeaders(headers));
        meters.deadLettered();
        log.warn("enrich rejected topic={} partition={} offset={} reason={}", origin.topic(), origin.partition(),
                origin.offset(), LogFormat.quoted(shortReason));
    }

    private static String firstLine(String reason) {
        String line = reason.lines().findFirst().orElse(reason);
        return line.length() <= MAX_REASON_LENGTH ? line : line.substring(0, MAX_REASON_LENGTH) + "...";
    }
}

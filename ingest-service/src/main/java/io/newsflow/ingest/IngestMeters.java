package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What a newsroom charts of ingest: files that appeared, articles published, files already present under another
 * name, and failures by reason code. Counted after the batch's commit, so the counts say what Kafka holds.
 */
final class IngestMeters {

    static final String SEEN = "newsflow.ingest.files.seen";
    static final String PUBLISHED = "newsflow.ingest.files.published";
    static final String ALREADY_PRESENT = "newsflow.ingest.files.already.present";
    static final String FAILED = "newsflow.ingest.files.failed";

    private final MeterRegistry registry;
    private final Counter seen;
    private final Counter published;
    private final Counter alreadyPresent;

    IngestMeters(MeterRegistry registry) {
        this.registry = registry;
        this.seen = Counter.builder(SEEN).description("Files that appeared in the inbox").register(registry);
        this.published = Counter.builder(PUBLISHED)
                .description("Articles published to the raw topic (a file, or a line of an archive)").register(registry);
        this.alreadyPresent = Counter.builder(ALREADY_PRESENT)
                .description("Files whose article was published before, under another name").register(registry);
    }

    void seen(int files) {
        seen.increment(files);
    }

    void published() {
        published.increment();
    }

    void alreadyPresent() {
        alreadyPresent.increment();
    }

    /** @param reason the reason code of the error event, e.g. {@code too-large} */
    void failed(String reason) {
        Counter.builder(FAILED).tag("reason", reason)
                .description("Files (or archive lines) that could not become an article, by reason")
                .register(registry).increment();
    }
}

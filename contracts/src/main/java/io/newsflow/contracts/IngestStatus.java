package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of an inbox file's way through ingest-service, published on {@link Topics#INGEST_STATUS} keyed by
 * {@link #path()}: the answer to "where is my article?". The topic is compacted, so it keeps each file's latest
 * step; fields that do not apply to a step are left out of the JSON.
 *
 * @param path       the file's path relative to the inbox, with '/' separators
 * @param stage      {@link #SEEN}, {@link #PUBLISHED}, {@link #ALREADY_PRESENT} or {@link #FAILED}
 * @param articleId  the article's id (published and already-present)
 * @param sha256     hex SHA-256 of the file's bytes (all but seen)
 * @param topic      where the article went: the raw topic (published)
 * @param partition  its partition (published)
 * @param offset     its offset (published)
 * @param reason     the {@link IngestError#reason()} code (failed)
 * @param message    the reason as a sentence (failed)
 * @param at         when the step happened
 * @param line       for one line of an archive, its 1-based number (published, already-present, failed); added
 *                   within v1, absent for whole files
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestStatus(String path, String stage, String articleId, String sha256, String topic,
                           Integer partition, Long offset, String reason, String message, Instant at, Integer line) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "news.ingest.status";

    /** Ingest noticed the file; it is read once its size and modification time hold still. */
    public static final String SEEN = "seen";
    /** The article is on the raw topic at {@code topic}/{@code partition}/{@code offset}. */
    public static final String PUBLISHED = "published";
    /** The same text was already published from another file; nothing new went to the raw topic. */
    public static final String ALREADY_PRESENT = "already-present";
    /** The file cannot become an article; see the ingest-errors topic and the file's {@code .error.json}. */
    public static final String FAILED = "failed";

    public IngestStatus {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(at, "at");
    }

    public static IngestStatus seen(String path, Instant at) {
        return new IngestStatus(path, SEEN, null, null, null, null, null, null, null, at, null);
    }

    public static IngestStatus published(String path, String articleId, String sha256, String topic, int partition,
                                         long offset, Instant at) {
        return new IngestStatus(path, PUBLISHED, articleId, sha256, topic, partition, offset, null, null, at, null);
    }

    public static IngestStatus alreadyPresent(String path, String articleId, String sha256, Instant at) {
        return new IngestStatus(path, ALREADY_PRESENT, articleId, sha256, null, null, null, null, null, at, null);
    }

    public static IngestStatus failed(IngestError error) {
        return new IngestStatus(error.path(), FAILED, null, error.sha256(), null, null, null, error.reason(),
                error.message(), error.detectedAt(), error.line());
    }

    /** The same step for one line of an archive (null: a whole file). */
    public IngestStatus atLine(Integer number) {
        return new IngestStatus(path, stage, articleId, sha256, topic, partition, offset, reason, message, at, number);
    }
}

package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * An inbox file ingest-service could not turn into an article, published on {@link Topics#INGEST_ERRORS} keyed by
 * {@link #path()}. The same reason is in the WARN log line and in the {@code <name>.error.json} beside the failed
 * file, so whoever looks first (operator, consumer, user in the folder) sees the same words.
 *
 * @param path       the file's path relative to the inbox, with '/' separators
 * @param fileName   the file's name
 * @param reason     a stable code to branch on: {@code empty}, {@code binary}, {@code too-large},
 *                   {@code invalid-date}, {@code no-text}, {@code invalid-json}, {@code invalid-front-matter},
 *                   {@code undecodable}, {@code symlink-outside-inbox}, {@code unreadable}, {@code corrupt-gzip}
 * @param message    the reason as a sentence for people
 * @param sizeBytes  the file's size in bytes
 * @param sha256     hex SHA-256 of the file's bytes, or null when ingest did not read them (a symbolic link that
 *                   points outside the inbox is never followed)
 * @param movedTo    where the file is now, relative to the inbox ({@code failed/...}), or null when it was left in
 *                   place
 * @param detectedAt when ingest-service found the problem
 * @param line       for an archive ({@code *.jsonl}, {@code *.jsonl.gz}), the 1-based number of the line refused
 *                   (or, for {@code corrupt-gzip}, the line being read when the data broke); null for a whole file.
 *                   Added within v1, so optional: left out of the JSON when null
 */
public record IngestError(String path, String fileName, String reason, String message, long sizeBytes, String sha256,
                          String movedTo, Instant detectedAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Integer line) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "news.ingest.error";

    public IngestError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** A whole file refused: no line number. */
    public IngestError(String path, String fileName, String reason, String message, long sizeBytes, String sha256,
                       String movedTo, Instant detectedAt) {
        this(path, fileName, reason, message, sizeBytes, sha256, movedTo, detectedAt, null);
    }
}

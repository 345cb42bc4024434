package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A ledger entry on {@link Topics#INGEST_LEDGER}: the file at {@code path} with content {@code sha256} is published
 * as article {@code articleId}. A file whose hash differs from its entry is a new version and is ingested again.
 *
 * <p>An archive ({@code *.jsonl}, {@code *.jsonl.gz}) has one entry per article line, with its {@code line}, written
 * with that line's raw event; and once every line is handled, one entry for the whole archive, with no
 * {@code articleId} and no {@code line}. A crash part-way through an archive therefore resumes after the lines
 * already published, and a re-dropped archive that is complete is not read again.
 *
 * @param line the 1-based line of an archive this entry is for, or null for a whole file or a whole archive
 */
public record IngestedFile(String path, String sha256,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String articleId, Instant ingestedAt,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer line) {

    /** A whole single-article file. */
    public IngestedFile(String path, String sha256, String articleId, Instant ingestedAt) {
        this(path, sha256, articleId, ingestedAt, null);
    }

    /** The key on the ledger topic: the path, and for an archive line the path and {@code #<line>}. */
    public String key() {
        return key(path, line);
    }

    /** The ledger key of a file ({@code line} null) or of one line of an archive. */
    public static String key(String path, Integer line) {
        return line == null ? path : path + "#" + line;
    }
}

package io.newsflow.contracts;

import java.time.Instant;

/**
 * A ledger entry on {@link Topics#INGEST_LEDGER}: the file at {@code path} with content {@code sha256} is published
 * as article {@code articleId}. A file whose hash differs from its entry is a new version and is ingested again.
 */
public record IngestedFile(String path, String sha256, String articleId, Instant ingestedAt) {
}

package io.newsflow.store.persist;

import io.newsflow.contracts.EnrichedArticle;
import java.time.Instant;

/** An article read back from the store: the event it was stored from, and when the store last wrote it. */
public record StoredArticle(EnrichedArticle article, Instant storedAt) {
}

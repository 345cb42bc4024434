package io.newsflow.contracts;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic Newsflow reads or writes. Names follow {@code news.<what>.<stage>.v<major>}: the suffix changes only
 * with an incompatible schema change, and then the old topic keeps being written during a migration period.
 */
public final class Topics {

    /** Raw articles from ingest-service. Key: article id. Value: {@link RawArticle} JSON. */
    public static final Topic<String, RawArticle> RAW =
            new Topic<>("news.articles.raw.v1", Serdes.String(), Json.serde(RawArticle.class), 6, false);

    /** Enriched articles from enrich-service. Key: article id. Value: {@link EnrichedArticle} JSON. */
    public static final Topic<String, EnrichedArticle> ENRICHED =
            new Topic<>("news.articles.enriched.v1", Serdes.String(), Json.serde(EnrichedArticle.class), 6, false);

    /**
     * Story assignments from enrich-service, one {@link StoryAssignment} per article, keyed by article id. Compacted:
     * the latest record per article is its current story.
     */
    public static final Topic<String, StoryAssignment> STORIES =
            new Topic<>("news.stories.v1", Serdes.String(), Json.serde(StoryAssignment.class), 6, true);

    /**
     * Records a service could not process, byte for byte as read, with {@link Headers} naming where they came from
     * and why they failed. Key and value are the original bytes.
     */
    public static final Topic<byte[], byte[]> DEAD_LETTER =
            new Topic<>("news.articles.dlq.v1", Serdes.ByteArray(), Serdes.ByteArray(), 1, false);

    /**
     * ingest-service's record of what it has published, keyed by inbox-relative path, written in the same
     * transaction as the raw event. Compacted, so a restarted (or brand-new, stateless) ingest-service reads it back.
     */
    public static final Topic<String, IngestedFile> INGEST_LEDGER =
            new Topic<>("news.ingest.ledger.v1", Serdes.String(), Json.serde(IngestedFile.class), 1, true);

    /**
     * Inbox files ingest-service could not turn into articles, one {@link IngestError} each, keyed by inbox-relative
     * path. Operators read it to find what to fix; the files themselves wait in {@code failed/}.
     */
    public static final Topic<String, IngestError> INGEST_ERRORS =
            new Topic<>("news.ingest.errors.v1", Serdes.String(), Json.serde(IngestError.class), 1, false);

    /**
     * Each inbox file's way through ingest-service ({@link IngestStatus}: seen, published, already-present, failed),
     * keyed by inbox-relative path. Compacted, so it always answers "where is my article?" with the latest step.
     */
    public static final Topic<String, IngestStatus> INGEST_STATUS =
            new Topic<>("news.ingest.status.v1", Serdes.String(), Json.serde(IngestStatus.class), 1, true);

    public static final List<Topic<?, ?>> ALL =
            List.of(RAW, ENRICHED, STORIES, DEAD_LETTER, INGEST_LEDGER, INGEST_ERRORS, INGEST_STATUS);

    private Topics() {
    }
}

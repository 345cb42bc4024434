package io.newsflow.store.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.metrics.Metrics;
import io.newsflow.store.persist.SaveResult;
import java.util.concurrent.TimeUnit;

/**
 * What a newsroom charts of the store: articles saved, already present, re-enriched and kept at a newer enrichment,
 * story assignments written, records dead-lettered, and per polled batch its size and the time its database transaction took. Counted once the
 * transaction has committed.
 */
final class StoreMeters {

    static final String SAVED = "newsflow.store.articles.saved";
    static final String ALREADY_PRESENT = "newsflow.store.articles.already.present";
    static final String RE_ENRICHED = "newsflow.store.articles.re.enriched";
    static final String KEPT_NEWER = "newsflow.store.articles.kept.newer";
    static final String STORIES = "newsflow.store.stories.assigned";
    static final String BATCH_SIZE = "newsflow.store.batch.size";
    static final String COMMIT_TIME = "newsflow.store.commit.time";

    private final Counter saved;
    private final Counter alreadyPresent;
    private final Counter reEnriched;
    private final Counter keptNewer;
    private final Counter stories;
    private final Counter deadLettered;
    private final DistributionSummary batchSize;
    private final Timer commitTime;

    StoreMeters(MeterRegistry registry) {
        this.saved = Counter.builder(SAVED).description("Articles written to the database").register(registry);
        this.alreadyPresent = Counter.builder(ALREADY_PRESENT)
                .description("Articles the database held already (a replay, a duplicate)").register(registry);
        this.reEnriched = Counter.builder(RE_ENRICHED)
                .description("Articles whose newer enrichment replaced the stored one").register(registry);
        this.keptNewer = Counter.builder(KEPT_NEWER)
                .description("Articles whose stored enrichment was newer than the event's, and so kept")
                .register(registry);
        this.stories = Counter.builder(STORIES).description("Story assignments written to the database")
                .register(registry);
        this.deadLettered = Metrics.deadLettered(registry, DeadLetterPublisher.SERVICE);
        this.batchSize = DistributionSummary.builder(BATCH_SIZE).description("Records in one polled batch")
                .register(registry);
        this.commitTime = Timer.builder(COMMIT_TIME)
                .description("Time one batch's database work took: one transaction, or one per record after a refusal")
                .register(registry);
    }

    void saved(SaveResult result) {
        switch (result.change()) {
            case SAVED -> saved.increment();
            case ALREADY_PRESENT -> alreadyPresent.increment();
            case RE_ENRICHED -> reEnriched.increment();
            case KEPT_NEWER -> keptNewer.increment();
        }
    }

    void storiesAssigned(int count) {
        stories.increment(count);
    }

    void deadLettered() {
        deadLettered.increment();
    }

    void committed(int records, long nanos) {
        batchSize.record(records);
        commitTime.record(nanos, TimeUnit.NANOSECONDS);
    }
}

package io.newsflow.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.metrics.Metrics;
import java.util.concurrent.TimeUnit;

/**
 * What a newsroom charts of enrich: articles tagged, the tagger's time per article, entities found per article,
 * and records parked on the dead-letter topic. Counted as each record is processed; under exactly-once a
 * transaction that aborts is processed again, so after a crash the counts may run slightly ahead of the topic.
 */
final class EnrichMeters {

    static final String TAGGED = "newsflow.enrich.articles.tagged";
    static final String TAGGER_TIME = "newsflow.enrich.tagger.time";
    static final String ENTITIES = "newsflow.enrich.article.entities";

    private final Counter tagged;
    private final Timer taggerTime;
    private final DistributionSummary entities;
    private final Counter deadLettered;

    EnrichMeters(MeterRegistry registry) {
        this.tagged = Counter.builder(TAGGED).description("Articles tagged and written to the enriched topic")
                .register(registry);
        this.taggerTime = Timer.builder(TAGGER_TIME).description("Time the tagger takes for one article")
                .register(registry);
        this.entities = DistributionSummary.builder(ENTITIES).description("Entities the tagger found in one article")
                .register(registry);
        this.deadLettered = Metrics.deadLettered(registry, ArticleEnricher.SERVICE);
    }

    void tagged(long taggerNanos, int entityCount) {
        tagged.increment();
        taggerTime.record(taggerNanos, TimeUnit.NANOSECONDS);
        entities.record(entityCount);
    }

    void deadLettered() {
        deadLettered.increment();
    }
}

package io.newsflow.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A raw article plus what the enricher found in it, published on {@link Topics#ENRICHED}. Keyed by {@link #id()}.
 * The raw fields are carried unchanged so a consumer never needs the raw topic.
 */
public record EnrichedArticle(
        String id,
        int schemaVersion,
        LocalDate publishedDate,
        String dateSource,
        String title,
        boolean titleDerived,
        String text,
        Source source,
        Instant ingestedAt,
        List<Entity> entities,
        List<DateMention> dates,
        Lineage lineage) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "news.article.enriched";

    public EnrichedArticle {
        Objects.requireNonNull(id, "id");
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        Objects.requireNonNull(lineage, "lineage");
    }

    public static EnrichedArticle of(RawArticle raw, List<Entity> entities, List<DateMention> dates, Lineage lineage) {
        return new EnrichedArticle(raw.id(), SCHEMA_VERSION, raw.publishedDate(), raw.dateSource(), raw.title(),
                raw.titleDerived(), raw.text(), raw.source(), raw.ingestedAt(), entities, dates, lineage);
    }
}

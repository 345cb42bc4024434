package io.newsflow.enrich.tagging;

import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.Entity;
import java.util.List;

/** What a {@link Tagger} found in one article, already in the contract's shape so the topology only copies it. */
public record Tagging(List<Entity> entities, List<DateMention> dates) {

    public Tagging {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
    }
}

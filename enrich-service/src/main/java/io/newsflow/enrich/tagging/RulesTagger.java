package io.newsflow.enrich.tagging;

import io.newsflow.enrich.tagging.dates.DateTagger;
import io.newsflow.enrich.tagging.entities.EntityTagger;
import io.newsflow.enrich.tagging.entities.Gazetteer;
import java.time.LocalDate;

/**
 * Names and dates from rules and gazetteers alone: every decision can be traced to a rule or a list entry, and a
 * deployment's gazetteer files act directly. Its names are those of {@code builtin/0.2.0}, the default before the
 * learned model; its dates come from the same date rules as the default tagger's.
 */
public final class RulesTagger implements Tagger {

    public static final String NAME = "rules/0.3.0";

    private final EntityTagger entities;
    private final DateTagger dates = new DateTagger();

    public RulesTagger(Gazetteer gazetteer) {
        this.entities = new EntityTagger(gazetteer);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Tagging tag(String text, LocalDate publishedDate) {
        return new Tagging(entities.tag(text), dates.tag(text, publishedDate));
    }
}

package io.newsflow.enrich.tagging;

import io.newsflow.enrich.tagging.dates.DateTagger;
import io.newsflow.enrich.tagging.entities.EntityTagger;
import io.newsflow.enrich.tagging.entities.Gazetteer;
import java.time.LocalDate;

/**
 * The default tagger: rules and gazetteers, no model to download, fast enough to run inline in the stream.
 * Its version changes whenever its output for the same text changes, so lineage tells old tags from new ones.
 */
public final class BuiltinTagger implements Tagger {

    public static final String NAME = "builtin/0.2.0";

    private final EntityTagger entities;
    private final DateTagger dates = new DateTagger();

    public BuiltinTagger(Gazetteer gazetteer) {
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

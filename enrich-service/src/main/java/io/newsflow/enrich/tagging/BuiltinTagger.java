package io.newsflow.enrich.tagging;

import io.newsflow.enrich.tagging.dates.DateTagger;
import io.newsflow.enrich.tagging.entities.EntityTagger;
import io.newsflow.enrich.tagging.entities.Gazetteer;
import io.newsflow.enrich.tagging.learned.LearnedEntityTagger;
import java.time.LocalDate;

/**
 * The default tagger: names from the entity model trained on annotated news (with the rules and gazetteers as its
 * evidence), dates from the date rules. Everything ships in the jar: no download, fast enough to run inline in the
 * stream. Its version changes whenever its output for the same text changes (a test pins it), so lineage tells old
 * tags from new ones.
 */
public final class BuiltinTagger implements Tagger {

    public static final String NAME = "builtin/0.4.0";

    private final LearnedEntityTagger entities;
    private final DateTagger dates = new DateTagger();

    public BuiltinTagger(Gazetteer gazetteer) {
        this.entities = LearnedEntityTagger.shipped(new EntityTagger(gazetteer));
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

package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.Entity;
import java.util.List;

/**
 * Finds the named entities of an article with rules and gazetteers, in three steps: cut the text into candidate
 * names ({@link Segmenter}), decide what the unknown ones are from their context ({@link NameRules}), and group the
 * mentions into canonical entities ({@link EntityGrouper}). Keeps no state between calls, so one instance serves
 * every thread.
 */
public final class EntityTagger {

    private final Tokenizer tokenizer = new Tokenizer();
    private final Segmenter segmenter;
    private final NameRules rules;
    private final HeadlineRules headlines = new HeadlineRules();
    private final EntityGrouper grouper;

    public EntityTagger(Gazetteer gazetteer) {
        this.segmenter = new Segmenter(gazetteer);
        this.rules = new NameRules(gazetteer);
        this.grouper = new EntityGrouper(gazetteer);
    }

    public List<Entity> tag(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        Layout layout = Layout.of(tokens);
        List<Span> spans = rules.classify(tokens, segmenter.segment(tokens, layout), layout);
        return grouper.group(text, tokens, headlines.resolve(tokens, spans, layout));
    }
}

package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.Entity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the named entities of an article with rules and gazetteers, in three steps: cut the text into candidate
 * names ({@link Segmenter}), decide what the unknown ones are from their context ({@link NameRules}), and group the
 * mentions into canonical entities ({@link EntityGrouper}). A learned tagger reads the rules' findings as
 * {@link RuleEvidence} and has its own names grouped the same way. Keeps no state between calls, so one instance
 * serves every thread.
 */
public final class EntityTagger {

    private final Tokenizer tokenizer = new Tokenizer();
    private final Gazetteer gazetteer;
    private final Segmenter segmenter;
    private final NameRules rules;
    private final HeadlineRules headlines = new HeadlineRules();
    private final EntityGrouper grouper;

    public EntityTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.segmenter = new Segmenter(gazetteer);
        this.rules = new NameRules(gazetteer);
        this.grouper = new EntityGrouper(gazetteer);
    }

    public List<Entity> tag(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        return grouper.group(text, tokens, spans(tokens, Layout.of(tokens)));
    }

    /** What the rules and gazetteers say about each token. */
    public RuleEvidence evidence(List<Token> tokens, Layout layout) {
        return new RuleEvidence(tokens, spans(tokens, layout), layout, gazetteer);
    }

    /**
     * The entities of names found by another tagger, grouped, keyed and ranked exactly as the rules' own, with the
     * rules' handles and hashtags. A name the gazetteer knows under the same type takes the gazetteer's key.
     */
    public List<Entity> group(String text, List<Token> tokens, RuleEvidence evidence, List<NameSpan> names) {
        var spans = new ArrayList<Span>(names.size() + 4);
        for (NameSpan name : names) {
            Known known = evidence.known(name.from(), name.to(), name.type());
            spans.add(known != null ? Span.known(name.from(), name.to(), known)
                    : new Span(name.from(), name.to(), Span.Kind.NAME, name.type(), null));
        }
        for (Span span : evidence.spans()) {
            if (span.kind() == Span.Kind.HANDLE || span.kind() == Span.Kind.HASHTAG) {
                spans.add(span);
            }
        }
        spans.sort(Comparator.comparingInt(Span::from));
        return grouper.group(text, tokens, spans);
    }

    /**
     * The entities of names another tagger found with its own tokens, given as character spans with an
     * {@link EntityType} name: each is cut to Newsflow's tokens inside it ("Ukraine" of "Ukraine's"), then grouped as
     * above, so every tagger gives the same entity the same key.
     */
    public List<Entity> group(String text, List<Mention> found) {
        List<Token> tokens = tokenizer.tokenize(text);
        RuleEvidence evidence = evidence(tokens, Layout.of(tokens));
        var names = new ArrayList<NameSpan>(found.size());
        int from = 0;
        for (Mention mention : found.stream().sorted(Comparator.comparingInt(Mention::start)).toList()) {
            while (from < tokens.size() && tokens.get(from).start() < mention.start()) {
                from++;
            }
            int to = from;
            while (to < tokens.size() && tokens.get(to).end() <= mention.end()) {
                to++;
            }
            while (to > from && !tokens.get(to - 1).isWord()) {
                to--; // a possessive or a full stop the other tagger's tokens kept
            }
            boolean overlapsPrevious = !names.isEmpty() && names.get(names.size() - 1).to() > from;
            if (to > from && !overlapsPrevious) {
                names.add(new NameSpan(from, to, EntityType.valueOf(mention.type())));
            }
        }
        return group(text, tokens, evidence, names);
    }

    private List<Span> spans(List<Token> tokens, Layout layout) {
        return headlines.resolve(tokens, rules.classify(tokens, segmenter.segment(tokens, layout), layout), layout);
    }
}

package io.newsflow.enrich.tagging.learned;

import io.newsflow.contracts.Entity;
import io.newsflow.enrich.tagging.entities.EntityTagger;
import io.newsflow.enrich.tagging.entities.Layout;
import io.newsflow.enrich.tagging.entities.NameSpan;
import io.newsflow.enrich.tagging.entities.RuleEvidence;
import io.newsflow.enrich.tagging.entities.Token;
import io.newsflow.enrich.tagging.entities.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names of an article with a model trained on annotated news (an averaged structured perceptron over
 * BIO labels, see {@link Trainer}), reading the rules' and gazetteers' findings as evidence; the entities are then
 * grouped, keyed and ranked by the same code as the rules'. Keeps no state between calls, so one instance serves
 * every thread.
 */
public final class LearnedEntityTagger {

    /** The model shipped with Newsflow, trained by {@code newsflow train-tagger}. */
    public static final String MODEL_RESOURCE = "/io/newsflow/enrich/tagging/learned/entity-model.bin.gz";

    private final Tokenizer tokenizer = new Tokenizer();
    private final EntityTagger rules;
    private final Model model;

    LearnedEntityTagger(EntityTagger rules, Model model) {
        if (!model.featureSet().equals(Features.SET)) {
            throw new IllegalArgumentException("the entity model was trained with features " + model.featureSet()
                    + ", but this Newsflow computes " + Features.SET + ": train it again (newsflow train-tagger)");
        }
        this.rules = rules;
        this.model = model;
    }

    /** The tagger with the model Newsflow ships. */
    public static LearnedEntityTagger shipped(EntityTagger rules) {
        try (InputStream in = LearnedEntityTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the entity model " + MODEL_RESOURCE + " is missing from the build");
            }
            return new LearnedEntityTagger(rules, Model.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the entity model " + MODEL_RESOURCE, e);
        }
    }

    public List<Entity> tag(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        Layout layout = Layout.of(tokens);
        RuleEvidence evidence = rules.evidence(tokens, layout);
        int[] labels = new ArticleDecoder().decode(tokens, layout, new Features(tokens, layout, evidence), model,
                (from, line, history) -> { });
        return rules.group(text, tokens, evidence, names(labels));
    }

    /** The names a label sequence spells: each beginning with the insides after it. */
    static List<NameSpan> names(int[] labels) {
        var names = new ArrayList<NameSpan>();
        int begin = -1;
        for (int t = 0; t <= labels.length; t++) {
            int label = t < labels.length ? labels[t] : Labels.OUTSIDE;
            if (begin >= 0 && !Labels.isInside(label)) {
                names.add(new NameSpan(begin, t, Labels.entityType(Labels.type(labels[begin]))));
                begin = -1;
            }
            if (label != Labels.OUTSIDE && !Labels.isInside(label)) {
                begin = t;
            }
        }
        return names;
    }
}

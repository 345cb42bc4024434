package io.newsflow.enrich.tagging.learned;

import io.newsflow.enrich.tagging.entities.EntityTagger;
import io.newsflow.enrich.tagging.entities.NameSpan;
import io.newsflow.enrich.tagging.entities.Tokenizer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Trains the entity model: an averaged structured perceptron (Collins 2002) over BIO labels, decoded with Viterbi,
 * on annotated training articles; after each pass over them the averaged model is scored on development articles,
 * and the best pass is kept. Development articles only choose the number of passes; nothing is learned from them.
 * Deterministic: the same articles, settings and seed give the same model, byte for byte.
 */
public final class Trainer {

    /**
     * @param maxEpochs passes over the training articles at most
     * @param patience  stop after this many passes without a better development score
     * @param seed      for the order of the training articles in each pass
     */
    public record Settings(int maxEpochs, int patience, long seed) {

        public static final Settings DEFAULT = new Settings(30, 4, 20_26L);
    }

    /** How one pass went. */
    public record Epoch(int number, Scores dev, double seconds) {
    }

    /** The chosen model and how every pass scored. */
    public static final class Result {

        private final Model model;
        private final int bestEpoch;
        private final List<Epoch> epochs;
        private final int unaligned;

        Result(Model model, int bestEpoch, List<Epoch> epochs, int unaligned) {
            this.model = model;
            this.bestEpoch = bestEpoch;
            this.epochs = List.copyOf(epochs);
            this.unaligned = unaligned;
        }

        public int bestEpoch() {
            return bestEpoch;
        }

        public Scores dev() {
            return epochs.get(bestEpoch - 1).dev();
        }

        public List<Epoch> epochs() {
            return epochs;
        }

        /** Marked names whose ends fall inside a token, left out of training. */
        public int unaligned() {
            return unaligned;
        }

        public int features() {
            return model.features();
        }

        public void writeModel(OutputStream out) throws IOException {
            model.write(out);
        }
    }

    private final Tokenizer tokenizer = new Tokenizer();
    private final EntityTagger rules;
    private final Settings settings;

    public Trainer(EntityTagger rules, Settings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    public Result train(List<AnnotatedArticle> train, List<AnnotatedArticle> dev, Consumer<String> progress) {
        List<PreparedArticle> training = prepare(train);
        List<PreparedArticle> development = prepare(dev);
        int unaligned = training.stream().mapToInt(PreparedArticle::unaligned).sum();
        progress.accept("prepared " + training.size() + " training and " + development.size()
                + " development articles (" + unaligned + " training names do not align with tokens)");
        var weights = new TrainingWeights();
        var decoder = new ArticleDecoder();
        var order = new ArrayList<>(training);
        var random = new Random(settings.seed());
        var epochs = new ArrayList<Epoch>();
        Model best = null;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= settings.maxEpochs() && epoch - bestEpoch <= settings.patience(); epoch++) {
            long started = System.nanoTime();
            Collections.shuffle(order, random);
            for (PreparedArticle article : order) {
                decoder.decode(article.tokens, article.layout, article.features, weights,
                        (from, line, history) -> learn(weights, article, line, history, from));
            }
            Model model = weights.averaged(Features.SET);
            Scores scores = evaluate(model, development);
            epochs.add(new Epoch(epoch, scores, (System.nanoTime() - started) / 1e9));
            progress.accept("pass " + epoch + ": dev " + scores);
            if (best == null || scores.micro4() > epochs.get(bestEpoch - 1).dev().micro4()) {
                best = model;
                bestEpoch = epoch;
            }
        }
        return new Result(best, bestEpoch, epochs, unaligned);
    }

    /** The scores of a model on annotated articles. */
    Scores evaluate(Model model, List<PreparedArticle> articles) {
        var scores = new Scores();
        var decoder = new ArticleDecoder();
        for (PreparedArticle article : articles) {
            int[] labels = decoder.decode(article.tokens, article.layout, article.features, model, (from, line, history) -> { });
            Set<NameSpan> found = new HashSet<>(LearnedEntityTagger.names(labels));
            for (NameSpan name : found) {
                scores.add(Labels.typeIndex(name.type()), article.names.contains(name), true, false);
            }
            for (NameSpan name : article.names) {
                scores.add(Labels.typeIndex(name.type()), false, false, true);
            }
        }
        return scores;
    }

    /** The perceptron update: towards the marked labels, away from the ones decoded, where they differ. */
    private static void learn(TrainingWeights weights, PreparedArticle article, LineDecoder line, History history,
                              int from) {
        int[] gold = article.gold;
        long[] features = new long[Features.MAX];
        for (int t = 0; t < line.length(); t++) {
            int expected = gold[from + t];
            int got = line.label(t);
            if (expected != got) {
                int count = article.features.extract(from + t, history, features, 0);
                for (int f = 0; f < count; f++) {
                    weights.update(features[f], expected, 1);
                    weights.update(features[f], got, -1);
                }
            }
            if (t > 0) {
                int expectedBefore = gold[from + t - 1];
                int gotBefore = line.label(t - 1);
                if (expected != got || expectedBefore != gotBefore) {
                    weights.updateTransition(expectedBefore, expected, 1);
                    weights.updateTransition(gotBefore, got, -1);
                }
            }
        }
        weights.tick();
    }

    private List<PreparedArticle> prepare(List<AnnotatedArticle> articles) {
        return articles.stream().map(article -> new PreparedArticle(article, tokenizer, rules)).toList();
    }
}

package io.newsflow.enrich.tagging.learned;

import io.newsflow.enrich.tagging.entities.Token;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The summed weights of a word's own features in each word role (the token itself, one or two before or after
 * it), kept per word. These are half of a token's features and depend on the word alone, while a few thousand
 * words make up most of any news text; looking each feature up in the model costs a cache miss, so summing them
 * once per word cut the time of scoring by about a quarter (JFR, dev articles). Bounded: past {@link #MAX_WORDS}, words are summed on every use
 * and not kept, so memory stays flat whatever the text. Safe for every stream thread at once.
 */
final class WordScores {

    /** About 15 MB of scores; news in one language rarely needs more distinct words. */
    static final int MAX_WORDS = 50_000;

    private final Model model;
    private final ConcurrentHashMap<String, float[]> byWord = new ConcurrentHashMap<>();
    private final float[] outside;

    WordScores(Model model) {
        this.model = model;
        this.outside = new float[Features.ROLES * Labels.COUNT];
        long[] features = new long[Features.MAX];
        for (int role = Features.BEFORE; role < Features.ROLES; role++) {
            int count = Features.outsideFeatures(role, features, 0);
            for (int f = 0; f < count; f++) {
                model.addWeights(features[f], outside, role * Labels.COUNT);
            }
        }
    }

    /** {@link Features#ROLES} rows of {@link Labels#COUNT} scores, role-major. */
    float[] of(Token token) {
        String word = Features.withDigitsAsZero(token.text());
        float[] scores = byWord.get(word);
        if (scores == null) {
            scores = sum(word, Features.withDigitsAsZero(token.lower()));
            if (byWord.size() < MAX_WORDS) {
                byWord.putIfAbsent(word, scores);
            }
        }
        return scores;
    }

    /** The scores of a word role that falls outside the line. */
    float[] outside() {
        return outside;
    }

    private float[] sum(String word, String lower) {
        float[] scores = new float[Features.ROLES * Labels.COUNT];
        long[] features = new long[Features.MAX];
        for (int role = 0; role < Features.ROLES; role++) {
            int count = Features.wordFeatures(role, word, lower, features, 0);
            for (int f = 0; f < count; f++) {
                model.addWeights(features[f], scores, role * Labels.COUNT);
            }
        }
        return scores;
    }
}

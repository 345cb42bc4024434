package io.newsflow.enrich.tagging.learned;

import java.util.Arrays;

/**
 * The weights of an averaged perceptron while it trains. Averaging (the mean of the weights after every example)
 * is what makes a perceptron generalise; it is kept cheaply with the usual trick: each update is also added to a
 * sum scaled by the number of examples seen so far, and the average is {@code weights - sum / examples}.
 */
final class TrainingWeights implements Scorer {

    private static final int INITIAL_ROWS = 1 << 16;

    private final LongIntMap rows = new LongIntMap(INITIAL_ROWS);
    private float[] weights = new float[INITIAL_ROWS * Labels.COUNT];
    private double[] sums = new double[INITIAL_ROWS * Labels.COUNT];
    private final float[] transitions = new float[Labels.COUNT * Labels.COUNT];
    private final double[] transitionSums = new double[Labels.COUNT * Labels.COUNT];
    private long examples = 1;

    @Override
    public void scoreLine(Features article, int from, int to, History history, float[] scores) {
        long[] features = new long[Features.MAX];
        for (int token = from; token < to; token++) {
            int at = (token - from) * Labels.COUNT;
            int count = article.extract(token, history, features, 0);
            for (int f = 0; f < count; f++) {
                Model.addRow(weights, rows.get(features[f]), scores, at);
            }
        }
    }

    @Override
    public float[] transitions() {
        return transitions;
    }

    void update(long feature, int label, int delta) {
        int row = rows.add(feature);
        if ((row + 1) * Labels.COUNT > weights.length) {
            weights = Arrays.copyOf(weights, weights.length * 2);
            sums = Arrays.copyOf(sums, sums.length * 2);
        }
        weights[row * Labels.COUNT + label] += delta;
        sums[row * Labels.COUNT + label] += (double) examples * delta;
    }

    void updateTransition(int previous, int label, int delta) {
        transitions[previous * Labels.COUNT + label] += delta;
        transitionSums[previous * Labels.COUNT + label] += (double) examples * delta;
    }

    /** One more example seen, whether or not it changed the weights. */
    void tick() {
        examples++;
    }

    /** The averaged weights as a model. */
    Model averaged(String featureSet) {
        int n = rows.size();
        float[] mean = new float[n * Labels.COUNT];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = (float) (weights[i] - sums[i] / examples);
        }
        float[] meanTransitions = new float[transitions.length];
        for (int i = 0; i < transitions.length; i++) {
            meanTransitions[i] = (float) (transitions[i] - transitionSums[i] / examples);
        }
        return Model.of(featureSet, rows.keys(), mean, meanTransitions);
    }
}

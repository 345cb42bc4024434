package io.newsflow.enrich.tagging.learned;

/** Label scores from weights: the trained model's, or the weights being trained. */
interface Scorer {

    /**
     * Adds the {@link Labels#COUNT} scores of each token {@code from + t} of a line to {@code scores} from
     * {@code t * Labels.COUNT}.
     */
    void scoreLine(Features article, int from, int to, History history, float[] scores);

    /** {@code Labels.COUNT * Labels.COUNT} label-to-label scores, previous-major. */
    float[] transitions();
}

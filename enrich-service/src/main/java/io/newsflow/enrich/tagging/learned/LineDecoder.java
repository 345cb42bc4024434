package io.newsflow.enrich.tagging.learned;

import java.util.Arrays;

/**
 * Tags one line of an article: scores every label of each token and finds the best sequence. Reuses its buffers:
 * one instance per thread.
 */
final class LineDecoder {

    private final Viterbi viterbi = new Viterbi();
    private float[] scores = new float[64 * Labels.COUNT];
    private int[] labels = new int[64];
    private int length;

    void decode(Features article, History history, int from, int to, Scorer scorer) {
        length = to - from;
        if (labels.length < length) {
            scores = new float[length * 2 * Labels.COUNT];
            labels = new int[length * 2];
        }
        Arrays.fill(scores, 0, length * Labels.COUNT, 0f);
        scorer.scoreLine(article, from, to, history, scores);
        for (int t = 0; t < length; t++) {
            if (article.isHandleOrHashtag(from + t)) {
                // The rules' to tag; the model has never seen one (news corpora have none), so it is no name's part.
                Arrays.fill(scores, t * Labels.COUNT + 1, (t + 1) * Labels.COUNT, Float.NEGATIVE_INFINITY);
            }
        }
        viterbi.decode(scores, length, scorer.transitions(), labels);
    }

    int length() {
        return length;
    }

    int label(int t) {
        return labels[t];
    }
}

package io.newsflow.enrich.tagging.learned;

/**
 * The best label sequence for a run of tokens given each token's label scores and the label-to-label transition
 * scores, over the label sequences {@link Labels} allows. Reuses its arrays across calls: one instance per thread.
 */
final class Viterbi {

    private static final float IMPOSSIBLE = Float.NEGATIVE_INFINITY;
    /** For each label, the labels it may follow: the allowed pairs are a quarter of all pairs. */
    private static final int[][] PREVIOUS = previousLabels();

    private float[] best = new float[64 * Labels.COUNT];
    private int[] back = new int[64 * Labels.COUNT];

    /**
     * @param scores      {@code n * Labels.COUNT} emission scores, token-major
     * @param transitions {@code Labels.COUNT * Labels.COUNT}, previous-major
     * @param labels      receives the best label of each token
     */
    void decode(float[] scores, int n, float[] transitions, int[] labels) {
        int size = n * Labels.COUNT;
        if (best.length < size) {
            best = new float[size * 2];
            back = new int[size * 2];
        }
        for (int l = 0; l < Labels.COUNT; l++) {
            best[l] = Labels.canStart(l) ? scores[l] : IMPOSSIBLE;
        }
        for (int t = 1; t < n; t++) {
            int row = t * Labels.COUNT;
            int previousRow = row - Labels.COUNT;
            for (int l = 0; l < Labels.COUNT; l++) {
                int[] previous = PREVIOUS[l];
                int from = previous[0];
                float top = best[previousRow + from] + transitions[from * Labels.COUNT + l];
                for (int k = 1; k < previous.length; k++) {
                    int p = previous[k];
                    float s = best[previousRow + p] + transitions[p * Labels.COUNT + l];
                    if (s > top) {
                        top = s;
                        from = p;
                    }
                }
                best[row + l] = top + scores[row + l];
                back[row + l] = from;
            }
        }
        int lastRow = (n - 1) * Labels.COUNT;
        int end = Labels.OUTSIDE;
        float top = IMPOSSIBLE;
        for (int l = 0; l < Labels.COUNT; l++) {
            if (best[lastRow + l] > top) {
                top = best[lastRow + l];
                end = l;
            }
        }
        labels[n - 1] = end;
        for (int t = n - 1; t > 0; t--) {
            labels[t - 1] = back[t * Labels.COUNT + labels[t]];
        }
    }

    private static int[][] previousLabels() {
        int[][] previous = new int[Labels.COUNT][];
        for (int l = 0; l < Labels.COUNT; l++) {
            int label = l;
            previous[l] = java.util.stream.IntStream.range(0, Labels.COUNT)
                    .filter(p -> Labels.canFollow(p, label)).toArray();
        }
        return previous;
    }
}

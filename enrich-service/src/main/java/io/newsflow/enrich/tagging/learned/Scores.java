package io.newsflow.enrich.tagging.learned;

import java.util.Locale;

/**
 * Exact-match name scores, as the CoNLL evaluation counts them: a found name is right only with the marked span and
 * type. Counted per type; {@link #micro3()} is over people, organisations and places, {@link #micro4()} adds MISC.
 */
public final class Scores {

    private final int[] correct = new int[Labels.TYPES];
    private final int[] found = new int[Labels.TYPES];
    private final int[] marked = new int[Labels.TYPES];

    void add(int type, boolean isCorrect, boolean isFound, boolean isMarked) {
        correct[type] += isCorrect ? 1 : 0;
        found[type] += isFound ? 1 : 0;
        marked[type] += isMarked ? 1 : 0;
    }

    public double f1(int type) {
        return f1(correct[type], found[type], marked[type]);
    }

    /** Micro-averaged F1 over PER, ORG and LOC: the headline figure. */
    public double micro3() {
        return micro(3);
    }

    public double micro4() {
        return micro(4);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "micro3 %.4f micro4 %.4f PER %.4f ORG %.4f LOC %.4f MISC %.4f",
                micro3(), micro4(), f1(0), f1(1), f1(2), f1(3));
    }

    private double micro(int types) {
        int c = 0;
        int f = 0;
        int m = 0;
        for (int t = 0; t < types; t++) {
            c += correct[t];
            f += found[t];
            m += marked[t];
        }
        return f1(c, f, m);
    }

    private static double f1(int correct, int found, int marked) {
        return correct == 0 ? 0 : 2.0 * correct / (found + marked);
    }
}

package io.newsflow.enrich.tagging.learned;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Trained weights: one row of {@link Labels#COUNT} label scores per feature hash, and the label transitions.
 * Immutable once read, so every stream thread shares one. The file is gzip over a plain binary layout (features
 * sorted by hash, only their non-zero weights), so the same weights always give the same bytes.
 */
final class Model implements Scorer {

    private static final int MAGIC = 0x4E464E52; // "NFNR"
    private static final int FORMAT = 1;

    private final String featureSet;
    private final LongIntMap rows;
    private final float[] weights;
    private final float[] transitions;
    private final WordScores words;

    private Model(String featureSet, LongIntMap rows, float[] weights, float[] transitions) {
        this.featureSet = featureSet;
        this.rows = rows;
        this.weights = weights;
        this.transitions = transitions;
        this.words = new WordScores(this);
    }

    /** A model of the features {@code hashes[i]} with weights {@code weights[i * COUNT ...]}; zero rows dropped. */
    static Model of(String featureSet, long[] hashes, float[] weights, float[] transitions) {
        int kept = 0;
        for (int f = 0; f < hashes.length; f++) {
            kept += isZero(weights, f) ? 0 : 1;
        }
        var rows = new LongIntMap(kept);
        var packed = new float[kept * Labels.COUNT];
        long[] sorted = sortedNonZero(hashes, weights, kept);
        var index = new LongIntMap(hashes.length);
        for (long hash : hashes) {
            index.add(hash);
        }
        for (long hash : sorted) {
            int row = rows.add(hash);
            System.arraycopy(weights, index.get(hash) * Labels.COUNT, packed, row * Labels.COUNT, Labels.COUNT);
        }
        return new Model(featureSet, rows, packed, transitions.clone());
    }

    @Override
    public void scoreLine(Features article, int from, int to, History history, float[] scores) {
        // Each word's scores once per line, then each token reads its own and its neighbours'.
        var lineWords = new float[to - from][];
        for (int token = from; token < to; token++) {
            lineWords[token - from] = words.of(article.token(token));
        }
        long[] features = new long[Features.MAX];
        for (int token = from; token < to; token++) {
            int at = (token - from) * Labels.COUNT;
            int count = article.extractContext(token, history, features, 0);
            for (int f = 0; f < count; f++) {
                addWeights(features[f], scores, at);
            }
            for (int role = 0; role < Features.ROLES; role++) {
                int word = article.neighbour(token, role);
                float[] roleScores = word < 0 ? words.outside() : lineWords[word - from];
                int w = role * Labels.COUNT;
                for (int l = 0; l < Labels.COUNT; l++) {
                    scores[at + l] += roleScores[w + l];
                }
            }
        }
    }

    /** Adds the weights of one feature to the {@link Labels#COUNT} scores from {@code at}. */
    void addWeights(long feature, float[] scores, int at) {
        addRow(weights, rows.get(feature), scores, at);
    }

    /** Adds row {@code row} of {@code weights} (none when -1, a feature never learned) to the scores from {@code at}. */
    static void addRow(float[] weights, int row, float[] scores, int at) {
        if (row >= 0) {
            int w = row * Labels.COUNT;
            for (int l = 0; l < Labels.COUNT; l++) {
                scores[at + l] += weights[w + l];
            }
        }
    }

    @Override
    public float[] transitions() {
        return transitions;
    }

    String featureSet() {
        return featureSet;
    }

    int features() {
        return rows.size();
    }

    void write(OutputStream target) throws IOException {
        var out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target)));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(featureSet);
        out.writeInt(Labels.COUNT);
        for (float t : transitions) {
            out.writeFloat(t);
        }
        long[] hashes = rows.keys();
        out.writeInt(hashes.length);
        for (int row = 0; row < hashes.length; row++) {
            out.writeLong(hashes[row]);
            int mask = 0;
            for (int l = 0; l < Labels.COUNT; l++) {
                mask |= weights[row * Labels.COUNT + l] != 0 ? 1 << l : 0;
            }
            out.writeInt(mask);
            for (int l = 0; l < Labels.COUNT; l++) {
                if ((mask & 1 << l) != 0) {
                    out.writeFloat(weights[row * Labels.COUNT + l]);
                }
            }
        }
        out.flush();
        out.close();
    }

    static Model read(InputStream source) throws IOException {
        var in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Newsflow entity model");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("entity model format " + format + ", expected " + FORMAT);
        }
        String featureSet = in.readUTF();
        int labels = in.readInt();
        if (labels != Labels.COUNT) {
            throw new IOException("entity model has " + labels + " labels, expected " + Labels.COUNT);
        }
        float[] transitions = new float[labels * labels];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        int features = in.readInt();
        var rows = new LongIntMap(features);
        float[] weights = new float[features * labels];
        for (int f = 0; f < features; f++) {
            int row = rows.add(in.readLong());
            int mask = in.readInt();
            for (int l = 0; l < labels; l++) {
                if ((mask & 1 << l) != 0) {
                    weights[row * labels + l] = in.readFloat();
                }
            }
        }
        return new Model(featureSet, rows, weights, transitions);
    }

    private static boolean isZero(float[] weights, int row) {
        for (int l = 0; l < Labels.COUNT; l++) {
            if (weights[row * Labels.COUNT + l] != 0) {
                return false;
            }
        }
        return true;
    }

    private static long[] sortedNonZero(long[] hashes, float[] weights, int kept) {
        long[] sorted = new long[kept];
        int k = 0;
        for (int f = 0; f < hashes.length; f++) {
            if (!isZero(weights, f)) {
                sorted[k++] = hashes[f];
            }
        }
        Arrays.sort(sorted);
        return sorted;
    }
}

package io.newsflow.enrich.stories;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * A bottom-k MinHash sketch of an article's word 8-shingles: the {@value #SIZE} smallest 64-bit hashes of its runs
 * of eight words, and how many distinct runs it has. Eight words, as in Broder's shingles: a rewrite keeps whole
 * sentences, while unrelated articles share shorter stock phrases ("a spokesperson for the ministry declined"). Two sketches estimate the Jaccard similarity of the whole sets
 * (Broder's bottom-k estimator), and with the set sizes the share of the shorter article found in the other, which is
 * what a rewrite that keeps whole paragraphs shows. Its {@value #BANDS} smallest hashes are the article's LSH bands:
 * two articles that share a fair part of their shingles share one of them with high probability.
 */
public final class TextSketch {

    static final int WORDS = 8;
    static final int SIZE = 128;
    static final int BANDS = 48;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final int shingles;
    private final long[] minima;

    private TextSketch(int shingles, long[] minima) {
        this.shingles = shingles;
        this.minima = minima;
    }

    /** The sketch of {@code text}: lower-cased runs of letters and digits are its words. */
    public static TextSketch of(String text) {
        long[] words = wordHashes(text);
        int count = words.length < WORDS ? Math.min(words.length, 1) : words.length - WORDS + 1;
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int w = i; w < Math.min(i + WORDS, words.length); w++) {
                h = Long.rotateLeft(h, 21) ^ words[w];
            }
            hashes[i] = mix(h);
        }
        long[] distinct = Arrays.stream(hashes).sorted().distinct().toArray();
        return new TextSketch(distinct.length, Arrays.copyOf(distinct, Math.min(SIZE, distinct.length)));
    }

    /**
     * The estimated share of the shorter article's shingles that the other article has too (0-1): the overlap
     * coefficient |A∩B| / min(|A|, |B|), from the Jaccard estimate J over the union's bottom {@value #SIZE} and
     * |A∩B| = J (|A| + |B|) / (1 + J).
     */
    public double similarity(TextSketch other) {
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int union = 0;
        int shared = 0;
        while (union < SIZE && (i < minima.length || j < other.minima.length)) {
            long a = i < minima.length ? minima[i] : Long.MAX_VALUE;
            long b = j < other.minima.length ? other.minima[j] : Long.MAX_VALUE;
            if (i < minima.length && j < other.minima.length && a == b) {
                shared++;
                i++;
                j++;
            } else if (j >= other.minima.length || i < minima.length && a < b) {
                i++;
            } else {
                j++;
            }
            union++;
        }
        double jaccard = (double) shared / union;
        double intersection = jaccard * (shingles + other.shingles) / (1 + jaccard);
        return Math.min(1, intersection / Math.min(shingles, other.shingles));
    }

    /** The LSH band keys: the {@value #BANDS} smallest hashes, fewer for a very short text. */
    long[] bands() {
        return Arrays.copyOf(minima, Math.min(BANDS, minima.length));
    }

    /** {@code shingles:base64(minima)}, eight bytes a hash: a third of the size of a JSON array of numbers. */
    @JsonValue
    String encoded() {
        ByteBuffer bytes = ByteBuffer.allocate(minima.length * Long.BYTES);
        bytes.asLongBuffer().put(minima);
        return shingles + ":" + Base64.getEncoder().withoutPadding().encodeToString(bytes.array());
    }

    @JsonCreator
    static TextSketch decode(String encoded) {
        int colon = encoded.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a sketch: " + encoded);
        }
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encoded.substring(colon + 1)));
        long[] minima = new long[bytes.remaining() / Long.BYTES];
        bytes.asLongBuffer().get(minima);
        return new TextSketch(Integer.parseInt(encoded.substring(0, colon)), minima);
    }

    private static long[] wordHashes(String text) {
        long[] words = new long[16];
        int count = 0;
        long hash = FNV_OFFSET;
        boolean inWord = false;
        for (int k = 0; k <= text.length(); k++) {
            int c = k < text.length() ? text.charAt(k) : ' ';
            if (Character.isLetterOrDigit(c)) {
                hash = (hash ^ Character.toLowerCase(c)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = hash;
                hash = FNV_OFFSET;
                inWord = false;
            }
        }
        return Arrays.copyOf(words, count);
    }

    /** MurmurHash3's 64-bit finaliser: spreads FNV's weak low bits over the whole word, so minima are uniform. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}

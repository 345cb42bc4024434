package io.newsflow.enrich.tagging.learned;

/**
 * 64-bit hashes of features, made from a template number and the hashes of the words involved, never from a
 * string: building "w-1=the" strings for every feature of every token would cost more than scoring them. With 64
 * bits, two features of a model colliding is a one-in-billions event.
 */
final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Hashing() {
    }

    /** The hash of a feature: its template and its value; never 0, the empty slot of {@link LongIntMap}. */
    static long feature(int template, long value) {
        long h = mix(value + template * GOLDEN);
        return h == 0 ? 1 : h;
    }

    static long pair(long a, long b) {
        return mix(a * GOLDEN + b);
    }

    static long chars(CharSequence text, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    static long chars(CharSequence text) {
        return chars(text, 0, text.length());
    }

    /** MurmurHash3's finaliser: spreads every input bit over the whole hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}

package io.newsflow.enrich.tagging.learned;

import java.util.Arrays;

/**
 * Feature hashes to weight rows: open addressing with linear probing over primitive arrays. A model has hundreds of
 * thousands of features and every token asks for dozens of them, so boxing them in a {@code HashMap<Long, Integer>}
 * would cost more than all the arithmetic. Zero is the empty slot; {@link Features} never makes a zero hash.
 */
final class LongIntMap {

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Puts {@code key} with the next free value (its insertion index) unless present; returns its value. */
    int add(long key) {
        int slot = slot(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    int size() {
        return size;
    }

    /** The keys in insertion order: {@code keys()[v]} is the key whose value is {@code v}. */
    long[] keys() {
        long[] byValue = new long[size];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                byValue[values[slot]] = keys[slot];
            }
        }
        return byValue;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i]);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
        Arrays.fill(oldKeys, 0);
    }
}

package io.newsflow.enrich.tagging.learned;

import java.util.HashMap;
import java.util.Map;

/**
 * What the tagger has already called each word in this article. News names a thing in full once and then reuses
 * the word ("Blinken", "Commerzbank"), and the earlier, fuller context usually decides the type better than a
 * later bare mention; so each line is tagged with the article's verdicts so far as features.
 */
final class History {

    /** Per lower-case word: how often it was tagged with each type, and (last slot) left out while capitalised. */
    private final Map<String, int[]> counts = new HashMap<>();

    int[] of(String lower) {
        return counts.get(lower);
    }

    void record(String lower, int slot) {
        counts.computeIfAbsent(lower, w -> new int[Labels.TYPES + 1])[slot]++;
    }
}

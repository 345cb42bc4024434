package io.newsflow.enrich.tagging;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Read-only word lists and tables for the per-word lookups of the built-in tagger. The JDK's {@code Set.of} and
 * {@code Map.copyOf} probe their table calling {@code equals} on every occupied slot, while {@link HashMap} first
 * compares the cached hash codes; most words of an article are misses, so the tagger measured faster this way.
 */
public final class Lookups {

    private Lookups() {
    }

    public static <T> Set<T> set(Collection<T> values) {
        return Collections.unmodifiableSet(new HashSet<>(values));
    }

    public static <K, V> Map<K, V> map(Map<K, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }
}

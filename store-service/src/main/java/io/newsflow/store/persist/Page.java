package io.newsflow.store.persist;

import java.util.List;

/** One page of a longer result; {@code total} counts every match, so a client knows how many pages remain. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }
}

package io.newsflow.store.persist;

/** An entity with how many stored articles name it, and how often in total. */
public record EntityCount(String key, String name, String type, long articleCount, long mentionCount) {
}

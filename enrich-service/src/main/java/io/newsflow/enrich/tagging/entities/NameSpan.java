package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.EntityType;

/** A name another tagger found: tokens {@code [from, to)} of the article and their type. */
public record NameSpan(int from, int to, EntityType type) {
}

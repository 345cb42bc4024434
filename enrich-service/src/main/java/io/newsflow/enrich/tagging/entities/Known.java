package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.EntityType;

/**
 * Something a gazetteer knows by name. Every surface form of it ("NATO", "North Atlantic Treaty Organisation")
 * points to the same instance, which is how mentions with different words end up in one entity.
 *
 * @param key stable across articles, e.g. {@code organization:nato}
 */
record Known(EntityType type, String name, String key) {
}

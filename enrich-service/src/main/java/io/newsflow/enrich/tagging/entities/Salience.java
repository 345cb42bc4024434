package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.Entity;
import java.util.Comparator;
import java.util.List;

/**
 * Scores how central each entity is to its article, from the two cues news writing gives: how often it is named
 * and how early (the lead paragraph names what the story is about). Scores are scaled so the most central entity
 * gets 1, which makes them comparable across articles of different length.
 */
final class Salience {

    /** How much being named first weighs against one more mention. */
    private static final double POSITION_WEIGHT = 1.5;

    private Salience() {
    }

    /** The entities with their salience set, most central first, ties in text order. */
    static List<Entity> rank(List<Entity> entities, int textLength) {
        double max = entities.stream().mapToDouble(e -> raw(e, textLength)).max().orElse(1);
        return entities.stream()
                .map(e -> new Entity(e.key(), e.name(), e.type(), e.mentionCount(),
                        Math.round(raw(e, textLength) / max * 1000) / 1000.0, e.mentions()))
                .sorted(Comparator.comparingDouble(Entity::salience).reversed()
                        .thenComparingInt(e -> e.mentions().get(0).start()))
                .toList();
    }

    private static double raw(Entity entity, int textLength) {
        double firstPosition = (double) entity.mentions().get(0).start() / Math.max(1, textLength);
        return entity.mentionCount() + POSITION_WEIGHT * (1 - firstPosition);
    }
}

package io.newsflow.contracts;

import java.util.List;

/**
 * One entity of an article with all its mentions grouped under one canonical name.
 *
 * @param key          stable across articles ({@code organization:nato}), so "every article about NATO" is one lookup
 * @param name         canonical name ("Antony Blinken" for the mentions "Antony Blinken" and "Blinken")
 * @param type         {@link EntityType} name
 * @param mentionCount number of mentions, the size of {@code mentions}
 * @param salience     how central the entity is to the article, 0..1 (1 = the most central one)
 * @param mentions     every place the text names it, in text order
 */
public record Entity(String key, String name, String type, int mentionCount, double salience, List<Mention> mentions) {

    public Entity {
        mentions = List.copyOf(mentions);
    }
}

package io.newsflow.store.persist;

/**
 * What storing one article did.
 *
 * @param alreadyPresent true when the id was stored before: its rows were replaced by this event's, so a redelivery
 *                       changes nothing and a re-enrichment wins
 */
public record SaveResult(String id, boolean alreadyPresent, int entities, int dates) {
}

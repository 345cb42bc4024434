package io.newsflow.enrich;

import io.newsflow.contracts.EnrichedArticle;

/**
 * What became of one raw record inside the topology: an enriched article, or the original value to be parked on
 * the dead-letter topic. Never serialized: it only travels between the processor and the two sinks.
 */
record Outcome(EnrichedArticle article, byte[] rejectedValue) {

    static Outcome enriched(EnrichedArticle article) {
        return new Outcome(article, null);
    }

    static Outcome rejected(byte[] originalValue) {
        return new Outcome(null, originalValue);
    }

    boolean isEnriched() {
        return article != null;
    }
}

package io.newsflow.store.persist;

/**
 * What storing one article did.
 *
 * @param change what the event changed in the database
 */
public record SaveResult(String id, Change change, int entities, int dates) {

    /** How an event compares with what the database held for its article. */
    public enum Change {
        /** The article was not stored before. */
        SAVED("saved"),
        /** Stored before by this very enrichment (a redelivery): its rows were written again, changing nothing. */
        ALREADY_PRESENT("already-present"),
        /** Stored before with an older enrichment (a re-enrichment): this one replaced it. */
        RE_ENRICHED("re-enriched"),
        /** Stored before with a newer enrichment than this event's: the newer one was kept, this one dropped. */
        KEPT_NEWER("kept-newer");

        private final String word;

        Change(String word) {
            this.word = word;
        }

        /** The word the store's log line uses. */
        public String word() {
            return word;
        }
    }
}

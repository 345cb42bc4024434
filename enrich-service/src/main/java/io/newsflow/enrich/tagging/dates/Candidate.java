package io.newsflow.enrich.tagging.dates;

import io.newsflow.contracts.DateMention;
import java.util.OptionalInt;

/**
 * A match before overlaps are settled, still carrying what only the rest of the article can decide: which quarter
 * "the quarter" is (see {@link DateRule.Value#quarterShift()}).
 */
record Candidate(DateMention mention, OptionalInt quarterShift) {

    int start() {
        return mention.start();
    }

    int end() {
        return mention.end();
    }
}

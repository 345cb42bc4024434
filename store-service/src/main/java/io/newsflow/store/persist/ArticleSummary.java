package io.newsflow.store.persist;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One line of the article list: enough to pick an article, without its text.
 *
 * @param snippet for a search, a passage of the text with the matched words between {@code <mark>} and
 *                {@code </mark>}; absent otherwise
 */
public record ArticleSummary(String id, String title, LocalDate publishedDate, String sourcePath, int entityCount,
                             int dateCount, @JsonInclude(JsonInclude.Include.NON_NULL) String snippet) {
}

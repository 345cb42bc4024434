package io.newsflow.store.persist;

import java.time.LocalDate;

/** One line of the article list: enough to pick an article, without its text. */
public record ArticleSummary(String id, String title, LocalDate publishedDate, String sourcePath, int entityCount,
                             int dateCount) {
}

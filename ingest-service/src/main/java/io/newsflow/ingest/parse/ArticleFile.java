package io.newsflow.ingest.parse;

import java.time.LocalDate;

/**
 * What a parser reads out of one file.
 *
 * @param publishedDate the date the file states
 * @param title         the file's own title, or null when it has none
 * @param text          the article text, exactly as it follows the header
 */
public record ArticleFile(LocalDate publishedDate, String title, String text) {
}

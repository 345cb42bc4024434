package io.newsflow.ingest.parse;

import java.time.LocalDate;

/**
 * What a parser reads out of one file.
 *
 * @param publishedDate the date the file states, or its modification day when it states none
 * @param dateSource    where the date came from, one of the {@code RawArticle.DATE_FROM_*} values
 * @param title         the file's own title, or null when it has none
 * @param text          the article text, exactly as it follows the header
 */
public record ArticleFile(LocalDate publishedDate, String dateSource, String title, String text) {
}

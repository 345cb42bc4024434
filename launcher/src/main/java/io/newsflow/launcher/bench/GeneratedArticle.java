package io.newsflow.launcher.bench;

import io.newsflow.contracts.ArticleId;
import java.time.LocalDate;

/**
 * One article the bench wrote.
 *
 * @param fileName      the name it is dropped under
 * @param publishedDate the date of its header line
 * @param text          the article text, exactly what ingest reads after the header
 * @param content       the file's bytes: header and text, UTF-8
 */
public record GeneratedArticle(String fileName, LocalDate publishedDate, String text, byte[] content) {

    /** The id Newsflow gives it (a hash of the text), so the bench can ask the API for it by id. */
    public String id() {
        return ArticleId.of(text);
    }
}

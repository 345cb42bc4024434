package io.newsflow.ingest.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * What a parser reads out of one file.
 *
 * @param publishedDate the date the file states, or its modification day when it states none
 * @param dateSource    where the date came from, one of the {@code RawArticle.DATE_FROM_*} values
 * @param title         the file's own title, or null when it has none
 * @param text          the article text, exactly as it follows the header
 * @param url           the article's web address as the file gives it, or null when it gives none we can carry
 * @param warnings      what the parser had to leave out, as sentences; empty when nothing
 */
public record ArticleFile(LocalDate publishedDate, String dateSource, String title, String text, String url,
                          List<String> warnings) {

    public ArticleFile {
        warnings = List.copyOf(warnings);
    }

    /** An article with no web address and nothing to warn about, as the seed, front-matter and plain parsers read. */
    public ArticleFile(LocalDate publishedDate, String dateSource, String title, String text) {
        this(publishedDate, dateSource, title, text, null, List.of());
    }
}

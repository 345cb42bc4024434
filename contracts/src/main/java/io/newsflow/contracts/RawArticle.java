package io.newsflow.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as the inbox delivered it, published on {@link Topics#RAW}. Keyed by {@link #id()}.
 *
 * @param id            {@link ArticleId} of the text: the Kafka key and the store's primary key
 * @param schemaVersion {@link #SCHEMA_VERSION} of the writer
 * @param publishedDate the date the article states (the file header), used to resolve relative dates
 * @param dateSource    where {@code publishedDate} came from: {@link #DATE_FROM_HEADER}, {@link #DATE_FROM_FRONT_MATTER},
 *                      {@link #DATE_FROM_JSON}, {@link #DATE_FROM_FILE_MODIFIED}, or {@code "input"} for one the caller
 *                      of the batch enrich command gave
 * @param title         the source's title, or the first sentence of the text when it has none
 * @param titleDerived  true when {@code title} was derived from the text
 * @param text          the article text exactly as read (after the header); all offsets point into it
 * @param source        the file it came from
 * @param ingestedAt    when ingest-service read the file
 */
public record RawArticle(
        String id,
        int schemaVersion,
        LocalDate publishedDate,
        String dateSource,
        String title,
        boolean titleDerived,
        String text,
        Source source,
        Instant ingestedAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "news.article.raw";

    /** The date line of a seed file ({@code " date 2022-04-05"}). */
    public static final String DATE_FROM_HEADER = "header";
    /** The {@code date:} key of a Markdown/text front-matter block. */
    public static final String DATE_FROM_FRONT_MATTER = "front-matter";
    /** The {@code date} or {@code publishedDate} field of a JSON article. */
    public static final String DATE_FROM_JSON = "json";
    /** The file states no date: its modification time (as a day in ingest-service's time zone) stands in. */
    public static final String DATE_FROM_FILE_MODIFIED = "file-modified";

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publishedDate, "publishedDate");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}

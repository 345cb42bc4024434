package io.newsflow.enrich;

import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed article from the test resources (copies of the repository's {@code seeds/}): the date line and the text
 * after it, so tests tag exactly what ingest-service would publish.
 */
public record SeedArticle(String fileName, LocalDate publishedDate, String text) {

    public static final String BLINKEN = "000_9fcc7db5881dbe47.txt";
    public static final String STOLTENBERG = "003_debdce87b0e61862.txt";

    private static final Pattern HEADER = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+");

    /** The raw event ingest-service would publish for this seed, found in the inbox folder {@code inbox/}. */
    public RawArticle toRawArticle() {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RawArticle(ArticleId.of(text), RawArticle.SCHEMA_VERSION, publishedDate, "header",
                text.lines().findFirst().orElseThrow(), true, text,
                new Source(fileName, "inbox/" + fileName, bytes.length, ArticleId.sha256Hex(bytes)),
                Instant.parse("2022-04-05T11:59:00Z"));
    }

    public static SeedArticle read(String fileName) {
        try (InputStream in = SeedArticle.class.getResourceAsStream("/seeds/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + fileName + " in the test resources");
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher header = HEADER.matcher(content);
            if (!header.find()) {
                throw new IllegalArgumentException(fileName + " does not start with a date line");
            }
            return new SeedArticle(fileName, LocalDate.parse(header.group(1)), content.substring(header.end()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

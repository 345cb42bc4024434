package io.newsflow.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.RawArticle;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads one article as a JSON object: {@code {"date" or "publishedDate", "title"?, "text", "url"?}}. A file named
 * {@code *.json}, or one whose text is wrapped in braces, is taken for JSON. Without a date the file's modification
 * day stands in, as for plain text. A {@code url} that is not an absolute http or https URL is left out with a
 * warning quoting it rather than refusing the file: the text is still good. Other fields are accepted and not
 * carried. The same reading applies to each line of a JSON Lines archive, whose messages then speak of the line.
 */
final class JsonArticleParser implements ArticleParser {

    private final boolean oneLine;

    /** A parser for whole files. */
    JsonArticleParser() {
        this(false);
    }

    /** @param oneLine true for the lines of an archive: each is one article, and its messages name no line */
    JsonArticleParser(boolean oneLine) {
        this.oneLine = oneLine;
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public boolean recognises(FileText file) {
        String text = file.text().strip();
        return file.fileName().toLowerCase(Locale.ROOT).endsWith(".json")
                || text.startsWith("{") && text.endsWith("}");
    }

    @Override
    public ArticleFile parse(FileText file) throws UnparseableFileException {
        JsonNode article = read(file.text());
        if (!article.isObject()) {
            throw new UnparseableFileException(UnparseableFileException.INVALID_JSON,
                    "the JSON article must be an object with a \"text\" field");
        }
        JsonNode text = article.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new UnparseableFileException(UnparseableFileException.NO_TEXT,
                    "the JSON article has no \"text\" field with text in it");
        }
        JsonNode date = article.hasNonNull("date") ? article.get("date") : article.get("publishedDate");
        JsonNode title = article.get("title");
        String titleText = title != null && title.isTextual() && !title.asText().isBlank() ? title.asText() : null;
        JsonNode url = article.get("url");
        String webAddress = webAddress(url);
        List<String> warnings = webAddress == null && isGiven(url)
                ? List.of("the JSON url " + url + " is not an absolute http or https URL: left out")
                : List.of();
        boolean dated = date != null && !date.isNull();
        return new ArticleFile(dated ? PublishedDates.dayOrTimestamp(date.asText(), "JSON date") : file.modifiedDate(),
                dated ? RawArticle.DATE_FROM_JSON : RawArticle.DATE_FROM_FILE_MODIFIED, titleText, text.asText(),
                webAddress, warnings);
    }

    /** The url when a reader can follow it: absolute, http or https, with a host; otherwise null. */
    private static String webAddress(JsonNode url) {
        if (url == null || !url.isTextual()) {
            return null;
        }
        try {
            URI uri = new URI(url.asText());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getRawAuthority() != null ? url.asText() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Null and blank count as no url at all, as they count as no title: nothing to warn about. */
    private static boolean isGiven(JsonNode url) {
        return url != null && !url.isNull() && !(url.isTextual() && url.asText().isBlank());
    }

    private JsonNode read(String text) throws UnparseableFileException {
        try {
            return Json.tree(text.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : oneLine ? " (column " + at.getColumnNr() + ")"
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new UnparseableFileException(UnparseableFileException.INVALID_JSON,
                    (oneLine ? "the line" : "the file") + " is not valid JSON" + where);
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from memory cannot fail with I/O", e);
        }
    }
}

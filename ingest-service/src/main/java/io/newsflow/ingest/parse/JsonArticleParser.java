package io.newsflow.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads one article as a JSON object: {@code {"date" or "publishedDate", "title"?, "text", "url"?}}. A file named
 * {@code *.json}, or one whose text is wrapped in braces, is taken for JSON. Without a date the file's modification
 * day stands in, as for plain text. {@code url} and other fields are accepted and not carried.
 */
final class JsonArticleParser implements ArticleParser {

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
        return date == null || date.isNull()
                ? new ArticleFile(file.modifiedDate(), RawArticle.DATE_FROM_FILE_MODIFIED, titleText, text.asText())
                : new ArticleFile(PublishedDates.dayOrTimestamp(date.asText(), "JSON date"),
                        RawArticle.DATE_FROM_JSON, titleText, text.asText());
    }

    private static JsonNode read(String text) throws UnparseableFileException {
        try {
            return Json.tree(text.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new UnparseableFileException(UnparseableFileException.INVALID_JSON, at == null
                    ? "the file is not valid JSON"
                    : "the file is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from memory cannot fail with I/O", e);
        }
    }
}

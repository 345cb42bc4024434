package io.newsflow.enrich.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Lineage;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
import io.newsflow.contracts.Titles;
import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.Tagging;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Tags JSON Lines of raw articles without Kafka, with the same tagger code as the stream, and writes each result
 * exactly as the enriched topic carries it. For evaluations, backfills and teams that want tags without running
 * the pipeline.
 *
 * <p>An input line needs {@code text} and {@code publishedDate}; {@code id} and {@code title} are optional, and a
 * full {@link RawArticle} works too, its {@code source} kept whole. Every output line satisfies the enriched
 * schema, as the topic's do: an {@code id} that is an article id (32 hex digits) is kept, any other (or none) is
 * replaced by the text's own id, and a missing title is derived from the text as ingest derives it. Lineage names
 * the input and its line ({@code rawTopic="batch"}, {@code rawOffset} = the 0-based line number), which is how
 * output is matched to input whose ids were replaced.
 */
public final class BatchEnricher {

    private final Tagger tagger;
    private final Clock clock;

    public BatchEnricher(Tagger tagger, Clock clock) {
        this.tagger = tagger;
        this.clock = clock;
    }

    /**
     * How a run went.
     *
     * @param tagged      lines tagged
     * @param refused     lines refused, each reported on the error stream with its number
     * @param idsReplaced tagged lines whose {@code id} was not an article id and was replaced by the text's id
     */
    public record Summary(int tagged, int refused, int idsReplaced) {
    }

    public Summary run(BufferedReader input, String inputName, Writer output, PrintStream errors) throws IOException {
        int tagged = 0;
        int refused = 0;
        int idsReplaced = 0;
        int lineNumber = 0;
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = parse(line);
                RawArticle raw = rawArticle(node, inputName);
                output.write(Json.writeString(enrich(raw, inputName, lineNumber - 1)));
                output.write('\n');
                tagged++;
                if (node.hasNonNull("id") && !raw.id().equals(node.get("id").asText())) {
                    idsReplaced++;
                }
            } catch (BadLineException e) {
                errors.println(inputName + ":" + lineNumber + ": " + e.getMessage());
                refused++;
            }
        }
        output.flush();
        return new Summary(tagged, refused, idsReplaced);
    }

    private EnrichedArticle enrich(RawArticle raw, String inputName, long line) {
        Tagging tags = tagger.tag(raw.text(), raw.publishedDate());
        var lineage = new Lineage(inputName, "batch", 0, line, tagger.name(), clock.instant());
        return EnrichedArticle.of(raw, tags.entities(), tags.dates(), lineage);
    }

    private static JsonNode parse(String line) throws BadLineException {
        try {
            return Json.tree(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadLineException("not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private RawArticle rawArticle(JsonNode node, String inputName) throws BadLineException {
        String text = textField(node, "text");
        if (text == null || text.isEmpty()) {
            throw new BadLineException("missing \"text\"");
        }
        String date = textField(node, "publishedDate");
        if (date == null) {
            throw new BadLineException("missing \"publishedDate\" (YYYY-MM-DD)");
        }
        LocalDate publishedDate;
        try {
            publishedDate = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadLineException("publishedDate \"" + date + "\" is not a date YYYY-MM-DD");
        }
        String id = textField(node, "id");
        String title = textField(node, "title");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Source source = node.hasNonNull("source")
                ? sourceOf(node.get("source"))
                : new Source(inputName, inputName, bytes.length, ArticleId.sha256Hex(bytes));
        String dateSource = textField(node, "dateSource");
        boolean titleDerived = title == null || node.path("titleDerived").asBoolean(false);
        return new RawArticle(ArticleId.isArticleId(id) ? id : ArticleId.of(text), RawArticle.SCHEMA_VERSION,
                publishedDate, dateSource == null ? "input" : dateSource, title == null ? Titles.derive(text) : title,
                titleDerived, text, source, clock.instant());
    }

    /** Read as the topic serde reads it, so every field a RawArticle's source carries is kept, optional ones too. */
    private static Source sourceOf(JsonNode source) throws BadLineException {
        try {
            return Json.read(source, Source.class);
        } catch (JsonProcessingException e) {
            throw new BadLineException("\"source\" is not a valid source: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("reading a JSON tree cannot fail with I/O", e);
        }
    }

    private static String textField(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static final class BadLineException extends Exception {
        BadLineException(String reason) {
            super(reason);
        }
    }
}

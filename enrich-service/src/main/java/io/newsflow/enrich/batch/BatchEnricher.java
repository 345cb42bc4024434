package io.newsflow.enrich.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Lineage;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
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
 * <p>An input line needs {@code text} and {@code publishedDate}; {@code id} (kept as given, so results can be
 * matched to their input; computed from the text when absent) and {@code title} are optional, and a full
 * {@link RawArticle} works too, its {@code source} kept whole. Lineage names the input and its line:
 * {@code rawTopic="batch"}, {@code rawOffset} = the 0-based line number.
 */
public final class BatchEnricher {

    private final Tagger tagger;
    private final Clock clock;

    public BatchEnricher(Tagger tagger, Clock clock) {
        this.tagger = tagger;
        this.clock = clock;
    }

    /** How a run went: lines tagged, and lines refused (each reported on the error stream with its number). */
    public record Summary(int tagged, int refused) {
    }

    public Summary run(BufferedReader input, String inputName, Writer output, PrintStream errors) throws IOException {
        int tagged = 0;
        int refused = 0;
        int lineNumber = 0;
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                RawArticle raw = parse(line, inputName);
                output.write(Json.writeString(enrich(raw, inputName, lineNumber - 1)));
                output.write('\n');
                tagged++;
            } catch (BadLineException e) {
                errors.println(inputName + ":" + lineNumber + ": " + e.getMessage());
                refused++;
            }
        }
        output.flush();
        return new Summary(tagged, refused);
    }

    private EnrichedArticle enrich(RawArticle raw, String inputName, long line) {
        Tagging tags = tagger.tag(raw.text(), raw.publishedDate());
        var lineage = new Lineage(inputName, "batch", 0, line, tagger.name(), clock.instant());
        return EnrichedArticle.of(raw, tags.entities(), tags.dates(), lineage);
    }

    private RawArticle parse(String line, String inputName) throws BadLineException {
        JsonNode node;
        try {
            node = Json.tree(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadLineException("not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
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
        return new RawArticle(id == null ? ArticleId.of(text) : id, RawArticle.SCHEMA_VERSION, publishedDate,
                dateSource == null ? "input" : dateSource, title == null ? "" : title,
                node.path("titleDerived").asBoolean(false), text, source, clock.instant());
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

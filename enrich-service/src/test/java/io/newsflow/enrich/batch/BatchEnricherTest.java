package io.newsflow.enrich.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Json;
import io.newsflow.enrich.tagging.Taggers;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchEnricherTest {

    private final BatchEnricher enricher = new BatchEnricher(Taggers.create("builtin", Optional.empty()),
            Clock.fixed(Instant.parse("2022-04-05T12:00:00Z"), ZoneOffset.UTC));
    private final ByteArrayOutputStream errorBytes = new ByteArrayOutputStream();
    private final PrintStream errors = new PrintStream(errorBytes, true, StandardCharsets.UTF_8);

    @Test
    void each_input_line_becomes_one_enriched_article_keeping_the_callers_id() throws Exception {
        var input = """
                {"id": "doc-1", "publishedDate": "2022-04-05", "text": "NATO met in Brussels on Monday."}
                {"id": "doc-2", "publishedDate": "2022-04-05", "title": "Kyiv", "text": "Kyiv was calm yesterday."}
                """;
        var output = new StringWriter();

        var summary = enricher.run(new BufferedReader(new StringReader(input)), "dev.jsonl", output, errors);

        assertThat(summary).isEqualTo(new BatchEnricher.Summary(2, 0));
        var lines = output.toString().lines().toList();
        var first = Json.read(lines.get(0).getBytes(StandardCharsets.UTF_8), EnrichedArticle.class);
        assertThat(first.id()).isEqualTo("doc-1");
        assertThat(first.dates()).anySatisfy(d -> assertThat(d.value()).isEqualTo("2022-04-04"));
        assertThat(first.entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("NATO"));
        assertThat(first.lineage().sourcePath()).isEqualTo("dev.jsonl");
        assertThat(first.lineage().rawTopic()).isEqualTo("batch");
        assertThat(first.lineage().rawOffset()).isZero();
        assertThat(first.dateSource()).isEqualTo("input");
        var second = Json.read(lines.get(1).getBytes(StandardCharsets.UTF_8), EnrichedArticle.class);
        assertThat(second.title()).isEqualTo("Kyiv");
        assertThat(second.lineage().rawOffset()).isEqualTo(1);
    }

    @Test
    void a_bad_line_is_reported_with_its_number_and_the_others_are_still_tagged() throws Exception {
        var input = """
                {"id": "a", "publishedDate": "2022-04-05", "text": "NATO met."}
                {"id": "b", "text": "No date here."}
                not json
                {"id": "c", "publishedDate": "2022-02-30", "text": "Bad date."}
                {"id": "d", "publishedDate": "2022-04-05", "text": "Kyiv."}
                """;
        var output = new StringWriter();

        var summary = enricher.run(new BufferedReader(new StringReader(input)), "in.jsonl", output, errors);

        assertThat(summary).isEqualTo(new BatchEnricher.Summary(2, 3));
        assertThat(output.toString().lines()).hasSize(2);
        assertThat(errorBytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "in.jsonl:2: missing \"publishedDate\" (YYYY-MM-DD)",
                "in.jsonl:3: not JSON: " + firstErrorLineOf("not json"),
                "in.jsonl:4: publishedDate \"2022-02-30\" is not a date YYYY-MM-DD");
    }

    private static String firstErrorLineOf(String notJson) {
        try {
            Json.tree(notJson.getBytes(StandardCharsets.UTF_8));
            throw new AssertionError("expected a parse error");
        } catch (java.io.IOException e) {
            return e.getMessage().lines().findFirst().orElse("");
        }
    }
}

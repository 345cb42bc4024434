package io.newsflow.enrich.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
import io.newsflow.enrich.tagging.Taggers;
import io.newsflow.testing.EventSchemas;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchEnricherTest {

    private final BatchEnricher enricher = new BatchEnricher(Taggers.create("builtin", Optional.empty()),
            Clock.fixed(Instant.parse("2022-04-05T12:00:00Z"), ZoneOffset.UTC));
    private final ByteArrayOutputStream errorBytes = new ByteArrayOutputStream();
    private final PrintStream errors = new PrintStream(errorBytes, true, StandardCharsets.UTF_8);

    @Test
    void each_input_line_becomes_one_enriched_article_that_satisfies_the_enriched_schema() throws Exception {
        String articleId = ArticleId.of("Kyiv was calm yesterday.");
        var input = """
                {"id": "doc-1", "publishedDate": "2022-04-05", "text": "NATO met in Brussels on Monday. Then it left."}
                {"id": "%s", "publishedDate": "2022-04-05", "title": "Kyiv", "text": "Kyiv was calm yesterday."}
                """.formatted(articleId);
        var output = new StringWriter();

        var summary = enricher.run(new BufferedReader(new StringReader(input)), "dev.jsonl", output, errors);

        assertThat(summary).isEqualTo(new BatchEnricher.Summary(2, 0, 1));
        var lines = output.toString().lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(new EventSchemas().violations(EventSchemas.ENRICHED_ARTICLE,
                Json.tree(line.getBytes(StandardCharsets.UTF_8)))).isEmpty());
        var first = Json.read(lines.get(0).getBytes(StandardCharsets.UTF_8), EnrichedArticle.class);
        assertThat(first.id()).as("not an article id: the text's own").isEqualTo(ArticleId.of(first.text()));
        assertThat(first.title()).isEqualTo("NATO met in Brussels on Monday");
        assertThat(first.titleDerived()).isTrue();
        assertThat(first.dates()).anySatisfy(d -> assertThat(d.value()).isEqualTo("2022-04-04"));
        assertThat(first.entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("NATO"));
        assertThat(first.lineage().sourcePath()).isEqualTo("dev.jsonl");
        assertThat(first.lineage().rawTopic()).isEqualTo("batch");
        assertThat(first.lineage().rawOffset()).isZero();
        assertThat(first.dateSource()).isEqualTo("input");
        var second = Json.read(lines.get(1).getBytes(StandardCharsets.UTF_8), EnrichedArticle.class);
        assertThat(second.id()).as("an article id is kept").isEqualTo(articleId);
        assertThat(second.title()).isEqualTo("Kyiv");
        assertThat(second.titleDerived()).isFalse();
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

        assertThat(summary).isEqualTo(new BatchEnricher.Summary(2, 3, 2));
        assertThat(output.toString().lines()).hasSize(2);
        assertThat(errorBytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "in.jsonl:2: missing \"publishedDate\" (YYYY-MM-DD)",
                "in.jsonl:3: not JSON: " + firstErrorLineOf("not json"),
                "in.jsonl:4: publishedDate \"2022-02-30\" is not a date YYYY-MM-DD");
    }

    @Test
    void a_whole_raw_article_keeps_its_source_with_format_encoding_warnings_and_url() throws Exception {
        var source = new Source("nato.json", "2022/nato.json", 120, "ab".repeat(32), "json", "windows-1252",
                List.of("the file is not valid UTF-8: decoded as Windows-1252"), "https://example.org/nato");
        var raw = new RawArticle(ArticleId.of("NATO met in Brussels."), RawArticle.SCHEMA_VERSION,
                LocalDate.of(2022, 4, 5), RawArticle.DATE_FROM_JSON, "NATO meets", false, "NATO met in Brussels.",
                source, Instant.parse("2022-04-05T10:00:00Z"));
        var output = new StringWriter();

        var summary = enricher.run(new BufferedReader(new StringReader(Json.writeString(raw))), "raw.jsonl", output,
                errors);

        assertThat(summary).isEqualTo(new BatchEnricher.Summary(1, 0, 0));
        var enriched = Json.read(output.toString().getBytes(StandardCharsets.UTF_8), EnrichedArticle.class);
        assertThat(enriched.source()).isEqualTo(source);
        assertThat(enriched.dateSource()).isEqualTo(RawArticle.DATE_FROM_JSON);
    }

    @Test
    void a_line_whose_source_is_not_a_source_is_refused_saying_why() throws Exception {
        var input = """
                {"publishedDate": "2022-04-05", "text": "NATO met.", "source": {"sizeBytes": "big"}}
                """;
        var output = new StringWriter();

        var summary = enricher.run(new BufferedReader(new StringReader(input)), "in.jsonl", output, errors);

        assertThat(summary).isEqualTo(new BatchEnricher.Summary(0, 1, 0));
        assertThat(errorBytes.toString(StandardCharsets.UTF_8).lines()).containsExactly("in.jsonl:1: \"source\" is"
                + " not a valid source: Cannot deserialize value of type `long` from String \"big\": not a valid"
                + " `long` value");
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

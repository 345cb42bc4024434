package io.newsflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.IngestError;
import io.newsflow.contracts.IngestStatus;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Lineage;
import io.newsflow.contracts.Mention;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
import io.newsflow.contracts.StoryAssignment;
import io.newsflow.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private final EventSchemas schemas = new EventSchemas();

    private static final RawArticle RAW = new RawArticle("0123456789abcdef0123456789abcdef", RawArticle.SCHEMA_VERSION,
            LocalDate.of(2022, 4, 5), "header", "NATO meets", true, "NATO meets in Brussels on Tuesday.",
            new Source("a.txt", "in/a.txt", 42, "ab".repeat(32)), Instant.parse("2022-04-05T10:15:30Z"));

    @Test
    void a_raw_article_as_serialised_satisfies_its_schema() {
        assertThat(schemas.violations(EventSchemas.RAW_ARTICLE, Json.tree(RAW))).isEmpty();
    }

    @Test
    void an_enriched_article_as_serialised_satisfies_its_schema() {
        var enriched = EnrichedArticle.of(RAW,
                List.of(new Entity("organization:nato", "NATO", "ORGANIZATION", 1, 1.0, List.of(new Mention(0, 4, "NATO", "ORGANIZATION")))),
                List.of(new DateMention(24, 34, "on Tuesday", "DATE", "2022-04-05", true)),
                new Lineage("in/a.txt", Topics.RAW.name(), 0, 7, "builtin/0.1.0", Instant.parse("2022-04-05T10:15:31Z")));
        assertThat(schemas.violations(EventSchemas.ENRICHED_ARTICLE, Json.tree(enriched))).isEmpty();
    }

    @Test
    void a_story_assignment_alone_and_linked_satisfies_its_schema_and_a_link_without_similarity_does_not() {
        var alone = new StoryAssignment(RAW.id(), StoryAssignment.SCHEMA_VERSION, RAW.id(), null, null,
                RAW.ingestedAt(), StoryAssignment.METHOD);
        var linked = new StoryAssignment(RAW.id(), StoryAssignment.SCHEMA_VERSION, "f".repeat(32), "f".repeat(32),
                0.42, RAW.ingestedAt(), StoryAssignment.METHOD);
        var unmeasured = (ObjectNode) Json.tree(linked);
        unmeasured.remove("similarity");

        assertThat(schemas.violations(EventSchemas.STORY_ASSIGNMENT, Json.tree(alone))).isEmpty();
        assertThat(schemas.violations(EventSchemas.STORY_ASSIGNMENT, Json.tree(linked))).isEmpty();
        assertThat(schemas.violations(EventSchemas.STORY_ASSIGNMENT, unmeasured))
                .anySatisfy(m -> assertThat(m).contains("similarity"));
    }

    @Test
    void a_raw_article_without_text_and_with_a_short_id_is_rejected_naming_both_fields() {
        var event = (ObjectNode) Json.tree(RAW);
        event.remove("text");
        event.put("id", "abc");
        assertThat(schemas.violations(EventSchemas.RAW_ARTICLE, event))
                .anySatisfy(m -> assertThat(m).contains("text"))
                .anySatisfy(m -> assertThat(m).contains("id"));
    }

    @Test
    void a_raw_article_read_as_windows_1252_from_a_json_file_with_a_url_satisfies_its_schema() {
        var raw = fromJsonFile("https://example.org/2022/04/nato-meets?utm=feed");
        assertThat(schemas.violations(EventSchemas.RAW_ARTICLE, Json.tree(raw))).isEmpty();
        assertThat(schemas.violations(EventSchemas.ENRICHED_ARTICLE, Json.tree(EnrichedArticle.of(raw, List.of(),
                List.of(), new Lineage("in/a.json", Topics.RAW.name(), 0, 7, "builtin/0.1.0", RAW.ingestedAt())))))
                .as("the enriched schema shares the raw one's source").isEmpty();
    }

    @Test
    void a_source_url_that_is_not_an_absolute_http_url_is_rejected() {
        for (String url : List.of("www.example.org/nato", "ftp://example.org/nato", "https:///nato")) {
            assertThat(schemas.violations(EventSchemas.RAW_ARTICLE, Json.tree(fromJsonFile(url)))).as(url)
                    .anySatisfy(m -> assertThat(m).contains("url"));
        }
    }

    @Test
    void an_ingest_error_with_and_without_a_hash_satisfies_its_schema() {
        var error = new IngestError("in/bad.txt", "bad.txt", "empty", "the file is empty", 0, "ab".repeat(32),
                "failed/in/bad.txt", Instant.parse("2022-04-05T10:15:30Z"));
        var link = new IngestError("link.txt", "link.txt", "symlink-outside-inbox",
                "the file is a symbolic link to a file outside the inbox", 0, null, null, error.detectedAt());
        assertThat(schemas.violations(EventSchemas.INGEST_ERROR, Json.tree(error))).isEmpty();
        assertThat(schemas.violations(EventSchemas.INGEST_ERROR, Json.tree(link))).isEmpty();
    }

    @Test
    void a_bad_archive_line_its_status_and_an_article_from_a_line_satisfy_their_schemas() {
        var at = Instant.parse("2022-04-05T10:15:30Z");
        var error = new IngestError("dump.jsonl", "dump.jsonl", "invalid-json", "the line is not valid JSON (column 3)",
                4096, "ab".repeat(32), null, at, 17);
        var line = RAW.source();
        var article = new RawArticle(RAW.id(), RawArticle.SCHEMA_VERSION, RAW.publishedDate(),
                RawArticle.DATE_FROM_JSON, RAW.title(), false, RAW.text(), new Source("dump.jsonl", "dump.jsonl",
                line.sizeBytes(), line.sha256(), "json", "UTF-8", List.of(), null, 18), RAW.ingestedAt());
        assertThat(schemas.violations(EventSchemas.INGEST_ERROR, Json.tree(error))).isEmpty();
        assertThat(schemas.violations(EventSchemas.INGEST_STATUS, Json.tree(IngestStatus.failed(error)))).isEmpty();
        assertThat(schemas.violations(EventSchemas.RAW_ARTICLE, Json.tree(article))).isEmpty();
        assertThat(Json.tree(IngestStatus.failed(error)).get("line").asInt()).isEqualTo(17);
    }

    @Test
    void every_ingest_status_stage_satisfies_its_schema() {
        var at = Instant.parse("2022-04-05T10:15:30Z");
        var error = new IngestError("bad.txt", "bad.txt", "empty", "the file is empty", 0, "ab".repeat(32), null, at);
        for (var status : List.of(IngestStatus.seen("a.txt", at),
                IngestStatus.published("a.txt", RAW.id(), "ab".repeat(32), Topics.RAW.name(), 3, 12, at),
                IngestStatus.alreadyPresent("b.txt", RAW.id(), "ab".repeat(32), at),
                IngestStatus.failed(error))) {
            assertThat(schemas.violations(EventSchemas.INGEST_STATUS, Json.tree(status))).as(status.stage()).isEmpty();
        }
    }

    @Test
    void a_published_status_without_its_offset_is_rejected() {
        var status = (ObjectNode) Json.tree(IngestStatus.published("a.txt", RAW.id(), "ab".repeat(32),
                Topics.RAW.name(), 3, 12, Instant.parse("2022-04-05T10:15:30Z")));
        status.remove("offset");
        assertThat(schemas.violations(EventSchemas.INGEST_STATUS, status)).anySatisfy(m -> assertThat(m).contains("offset"));
    }

    private static RawArticle fromJsonFile(String url) {
        return new RawArticle(RAW.id(), RawArticle.SCHEMA_VERSION, RAW.publishedDate(), RawArticle.DATE_FROM_JSON,
                RAW.title(), false, RAW.text(), new Source("a.json", "in/a.json", 42, "ab".repeat(32), "json",
                "windows-1252", List.of("the file is not valid UTF-8: decoded as Windows-1252"), url),
                RAW.ingestedAt());
    }
}

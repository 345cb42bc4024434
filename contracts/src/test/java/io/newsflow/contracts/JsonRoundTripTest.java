package io.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

    static final RawArticle RAW = new RawArticle("0123456789abcdef0123456789abcdef", RawArticle.SCHEMA_VERSION,
            LocalDate.of(2022, 4, 5), "header", "NATO meets", true, "NATO meets in Brussels on Tuesday.",
            new Source("a.txt", "a.txt", 42, "ab".repeat(32)), Instant.parse("2022-04-05T10:15:30Z"));

    @Test
    void raw_article_survives_the_topic_serde_unchanged() {
        var serde = Topics.RAW.valueSerde();
        byte[] bytes = serde.serializer().serialize(Topics.RAW.name(), RAW);
        assertThat(serde.deserializer().deserialize(Topics.RAW.name(), bytes)).isEqualTo(RAW);
    }

    @Test
    void dates_are_written_as_iso_strings() {
        String json = new String(Json.write(RAW), StandardCharsets.UTF_8);
        assertThat(json).contains("\"publishedDate\":\"2022-04-05\"", "\"ingestedAt\":\"2022-04-05T10:15:30Z\"");
    }

    @Test
    void enriched_article_survives_the_topic_serde_unchanged() {
        var nato = new Entity("organization:nato", "NATO", "ORGANIZATION", 1, 1.0,
                List.of(new Mention(0, 4, "NATO", "ORGANIZATION")));
        var tuesday = new DateMention(24, 34, "on Tuesday", "DATE", "2022-04-05", true);
        var enriched = EnrichedArticle.of(RAW, List.of(nato), List.of(tuesday),
                new Lineage("a.txt", Topics.RAW.name(), 0, 7, "builtin/0.1.0", Instant.parse("2022-04-05T10:15:31Z")));
        var serde = Topics.ENRICHED.valueSerde();
        byte[] bytes = serde.serializer().serialize(Topics.ENRICHED.name(), enriched);
        assertThat(serde.deserializer().deserialize(Topics.ENRICHED.name(), bytes)).isEqualTo(enriched);
    }

    @Test
    void a_reader_ignores_fields_added_by_a_later_schema_version() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) Json.tree(RAW);
        tree.put("addedLater", "ignored");
        assertThat(Json.read(Json.write(tree), RawArticle.class)).isEqualTo(RAW);
    }

    @Test
    void a_value_that_is_not_json_fails_with_the_topic_and_type_named() {
        var deserializer = Topics.RAW.valueSerde().deserializer();
        byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> deserializer.deserialize("news.articles.raw.v1", garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a valid RawArticle on news.articles.raw.v1");
    }

    @Test
    void a_source_with_format_encoding_warnings_and_url_survives_the_serde_and_an_old_one_leaves_them_out() {
        var flagged = new Source("a.json", "a.json", 42, "ab".repeat(32), "json", "windows-1252",
                List.of("the file is not valid UTF-8: decoded as Windows-1252"), "https://example.org/nato?id=7");
        var raw = new RawArticle(RAW.id(), RawArticle.SCHEMA_VERSION, RAW.publishedDate(),
                RawArticle.DATE_FROM_JSON, RAW.title(), true, RAW.text(), flagged, RAW.ingestedAt());
        var serde = Topics.RAW.valueSerde();
        assertThat(serde.deserializer().deserialize(Topics.RAW.name(), serde.serializer().serialize(Topics.RAW.name(), raw)))
                .isEqualTo(raw);
        assertThat(new String(Json.write(RAW), StandardCharsets.UTF_8))
                .doesNotContain("encoding", "format", "warnings", "url");
    }

    @Test
    void ingest_error_and_status_survive_their_topic_serdes_unchanged() {
        var error = new IngestError("in/bad.txt", "bad.txt", "empty", "the file is empty", 0, "ab".repeat(32),
                "failed/in/bad.txt", Instant.parse("2022-04-05T10:15:30Z"));
        var errors = Topics.INGEST_ERRORS.valueSerde();
        assertThat(errors.deserializer().deserialize("t", errors.serializer().serialize("t", error))).isEqualTo(error);
        var status = IngestStatus.published("a.txt", RAW.id(), "ab".repeat(32), Topics.RAW.name(), 3, 12,
                Instant.parse("2022-04-05T10:15:30Z"));
        var statuses = Topics.INGEST_STATUS.valueSerde();
        assertThat(statuses.deserializer().deserialize("t", statuses.serializer().serialize("t", status)))
                .isEqualTo(status);
        assertThat(new String(Json.write(IngestStatus.failed(error)), StandardCharsets.UTF_8))
                .doesNotContain("partition", "offset", "articleId", "line");
        assertThat(new String(Json.write(error), StandardCharsets.UTF_8)).doesNotContain("line");
    }

    @Test
    void an_archive_line_keeps_its_number_through_the_error_status_ledger_and_raw_serdes() {
        var at = Instant.parse("2022-04-05T10:15:30Z");
        var error = new IngestError("dump.jsonl", "dump.jsonl", "no-text", "the JSON article has no \"text\" field "
                + "with text in it", 4096, "ab".repeat(32), null, at, 7);
        var errors = Topics.INGEST_ERRORS.valueSerde();
        assertThat(errors.deserializer().deserialize("t", errors.serializer().serialize("t", error))).isEqualTo(error);
        var statuses = Topics.INGEST_STATUS.valueSerde();
        var status = IngestStatus.alreadyPresent("dump.jsonl", RAW.id(), "ab".repeat(32), at).atLine(8);
        assertThat(statuses.deserializer().deserialize("t", statuses.serializer().serialize("t", status)))
                .isEqualTo(status);
        var ledger = Topics.INGEST_LEDGER.valueSerde();
        var entry = new IngestedFile("dump.jsonl", "ab".repeat(32), RAW.id(), at, 8);
        assertThat(ledger.deserializer().deserialize("t", ledger.serializer().serialize("t", entry))).isEqualTo(entry);
        assertThat(entry.key()).isEqualTo("dump.jsonl#8");
        var line = new Source("dump.jsonl", "dump.jsonl", 4096, "ab".repeat(32), "json", "UTF-8", List.of(), null, 8);
        var raw = new RawArticle(RAW.id(), RawArticle.SCHEMA_VERSION, RAW.publishedDate(), RawArticle.DATE_FROM_JSON,
                RAW.title(), true, RAW.text(), line, RAW.ingestedAt());
        var raws = Topics.RAW.valueSerde();
        assertThat(raws.deserializer().deserialize("t", raws.serializer().serialize("t", raw))).isEqualTo(raw);
    }
}

package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives line by line: good, bad, blank and oversized lines, gzip, and gzip that is not or breaks off. */
class JsonLinesReaderTest {

    private static final LocalDate MODIFIED = LocalDate.of(2023, 1, 2);
    private static final int MAX_LINE_BYTES = 200;

    @TempDir
    Path folder;

    private List<JsonLinesReader.Line> readAll(Path archive) throws Exception {
        var lines = new ArrayList<JsonLinesReader.Line>();
        try (var reader = new JsonLinesReader(archive, archive.getFileName().toString(), MAX_LINE_BYTES, MODIFIED,
                new ArticleReader())) {
            for (var line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String reason(JsonLinesReader.Line line) {
        return line.error() == null ? null : line.error().reason();
    }

    private static String text(JsonLinesReader.Line line) {
        return line.read() == null ? null : line.read().article().text();
    }

    @Test
    void each_line_is_an_article_or_a_reason_with_its_number_and_blank_lines_are_passed_over() throws Exception {
        Path archive = Files.writeString(folder.resolve("dump.jsonl"), String.join("\n",
                "{\"date\": \"2022-04-05\", \"title\": \"NATO\", \"text\": \"NATO met.\"}",
                "",
                "{\"text\": \"Kyiv held.\"}\r",
                "{\"text\": ",
                "   ",
                "{\"date\": \"2022-02-30\", \"text\": \"Bad day.\"}",
                "{\"title\": \"no text\"}",
                "{\"text\": \"" + "word ".repeat(MAX_LINE_BYTES / 5) + "\"}",
                "[1, 2]") + "\n");

        var lines = readAll(archive);

        assertThat(lines).extracting(JsonLinesReader.Line::number, JsonLinesReaderTest::text,
                JsonLinesReaderTest::reason).containsExactly(
                tuple(1, "NATO met.", null),
                tuple(3, "Kyiv held.", null),
                tuple(4, null, "invalid-json"),
                tuple(6, null, "invalid-date"),
                tuple(7, null, "no-text"),
                tuple(8, null, "too-large"),
                tuple(9, null, "invalid-json"));
        assertThat(lines.get(0).read().article().publishedDate()).isEqualTo(LocalDate.of(2022, 4, 5));
        assertThat(lines.get(1).read().article().publishedDate()).as("no date: the archive's day").isEqualTo(MODIFIED);
        assertThat(lines.get(2).error().getMessage()).isEqualTo("the line is not valid JSON (column 10)");
        assertThat(lines.get(5).error().getMessage()).isEqualTo("the line is " + (MAX_LINE_BYTES + 12)
                + " bytes, over the limit of " + MAX_LINE_BYTES + " bytes (NEWSFLOW_INGEST_MAX_FILE_BYTES)");
        assertThat(lines.get(6).error().getMessage())
                .isEqualTo("the JSON article must be an object with a \"text\" field");
    }

    @Test
    void a_gzip_archive_of_many_lines_reads_like_the_plain_one() throws Exception {
        Path archive = folder.resolve("dump.jsonl.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(archive))) {
            for (int i = 1; i <= 20_000; i++) {
                out.write(("{\"text\": \"Article number " + i + ".\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }

        var lines = readAll(archive);

        assertThat(lines).hasSize(20_000).allSatisfy(line -> assertThat(line.error()).isNull());
        assertThat(text(lines.get(19_999))).isEqualTo("Article number 20000.");
        assertThat(lines.get(19_999).number()).isEqualTo(20_000);
    }

    @Test
    void a_file_named_gz_that_is_not_gzip_is_refused_as_corrupt_gzip() throws Exception {
        Path archive = Files.writeString(folder.resolve("dump.jsonl.gz"), "{\"text\": \"plain, not gzip\"}\n");

        assertThatThrownBy(() -> readAll(archive)).isInstanceOf(UnparseableFileException.class)
                .hasMessage("the file is not valid gzip data (Not in GZIP format)")
                .satisfies(e -> assertThat(((UnparseableFileException) e).reason()).isEqualTo("corrupt-gzip"));
    }

    @Test
    void gzip_data_that_breaks_off_gives_its_good_lines_then_fails_naming_the_last_good_line() throws Exception {
        var gzip = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gzip)) {
            for (int i = 1; i <= 3_000; i++) {
                out.write(("{\"text\": \"Article " + i + " " + "padding ".repeat(i % 7) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = gzip.toByteArray();
        Path archive = Files.write(folder.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        var good = new ArrayList<JsonLinesReader.Line>();

        try (var reader = new JsonLinesReader(archive, "cut.jsonl.gz", MAX_LINE_BYTES, MODIFIED,
                new ArticleReader())) {
            assertThatThrownBy(() -> {
                for (var line = reader.next(); line != null; line = reader.next()) {
                    good.add(line);
                }
            }).isInstanceOf(UnparseableFileException.class)
                    .hasMessageStartingWith("the gzip data is corrupt after line " + reader.linesRead() + " (");
            assertThat(good).hasSize(reader.linesRead()).isNotEmpty();
        }
    }

    @Test
    void only_jsonl_and_jsonl_gz_names_are_archives() {
        assertThat(List.of("a.jsonl", "B.JSONL", "c.jsonl.gz", "d.json", "e.gz", "f.txt"))
                .filteredOn(JsonLinesReader::isArchive).containsExactly("a.jsonl", "B.JSONL", "c.jsonl.gz");
    }
}

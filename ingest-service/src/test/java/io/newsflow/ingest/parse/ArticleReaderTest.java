package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Each format, each line ending, and each reason a file is refused, with the exact words the user sees. */
class ArticleReaderTest {

    private static final LocalDate MODIFIED = LocalDate.of(2023, 1, 2);
    private final ArticleReader reader = new ArticleReader();

    private ArticleReader.Read read(String fileName, String content) throws UnparseableFileException {
        return reader.read(fileName, content.getBytes(StandardCharsets.UTF_8), MODIFIED);
    }

    private AbstractThrowableAssert<?, ?> assertRefused(String fileName, String content, String reason) {
        return assertThatThrownBy(() -> read(fileName, content))
                .isInstanceOf(UnparseableFileException.class)
                .satisfies(e -> assertThat(((UnparseableFileException) e).reason()).isEqualTo(reason));
    }

    // seed format

    @Test
    void seed_format_with_the_text_on_the_date_line_keeps_the_text_after_one_space() throws Exception {
        var read = read("a.txt", " date 2022-04-05 In a key development, NATO met.");
        assertThat(read.format()).isEqualTo("seed");
        assertThat(read.article().publishedDate()).isEqualTo(LocalDate.of(2022, 4, 5));
        assertThat(read.article().dateSource()).isEqualTo("header");
        assertThat(read.article().text()).isEqualTo("In a key development, NATO met.");
        assertThat(read.article().title()).isNull();
    }

    @Test
    void seed_date_on_its_own_line_is_read_with_crlf_lf_and_cr_line_endings() throws Exception {
        for (String end : new String[] {"\r\n", "\n", "\r"}) {
            var read = read("a.txt", "date 2022-04-05" + end + "NATO met." + end + "Again.");
            assertThat(read.format()).as(end).isEqualTo("seed");
            assertThat(read.article().publishedDate()).as(end).isEqualTo(LocalDate.of(2022, 4, 5));
            assertThat(read.article().text()).as(end).isEqualTo("NATO met." + end + "Again.");
        }
    }

    @Test
    void seed_header_after_blank_lines_and_a_byte_order_mark_is_found() throws Exception {
        var read = read("a.txt", "\uFEFF\n\n   date 2021-12-31\nText.");
        assertThat(read.article().publishedDate()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void a_seed_date_that_does_not_exist_is_refused_naming_the_date() {
        assertRefused("a.txt", " date 2022-02-30 Text.", "invalid-date")
                .hasMessage("the header date \"2022-02-30\" is not a valid date YYYY-MM-DD");
    }

    @Test
    void a_seed_header_without_text_is_refused() {
        assertRefused("a.txt", " date 2022-04-05 \n  \n", "no-text")
                .hasMessage("the file has a date header but no article text after it");
    }

    @Test
    void both_seed_files_parse_with_their_date() throws Exception {
        for (String seed : new String[] {"000_9fcc7db5881dbe47.txt", "003_debdce87b0e61862.txt"}) {
            try (var in = getClass().getResourceAsStream("/seeds/" + seed)) {
                var read = reader.read(seed, in.readAllBytes(), MODIFIED);
                assertThat(read.article().publishedDate()).as(seed).isEqualTo(LocalDate.of(2022, 4, 5));
                assertThat(read.article().text()).as(seed).doesNotStartWith(" ").doesNotContain("date 2022");
            }
        }
    }

    // JSON

    @Test
    void a_json_article_gives_its_date_title_text_and_url() throws Exception {
        var read = read("a.json", "{\"date\": \"2022-04-05\", \"title\": \"NATO meets\", \"text\": \"NATO met.\","
                + " \"url\": \"https://example.org/a\"}");
        assertThat(read.format()).isEqualTo("json");
        assertThat(read.article()).isEqualTo(new ArticleFile(LocalDate.of(2022, 4, 5), "json", "NATO meets",
                "NATO met.", "https://example.org/a", List.of()));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void a_json_url_is_carried_as_given_when_it_is_an_absolute_http_or_https_url() throws Exception {
        for (String url : List.of("http://example.org", "HTTPS://Example.org:8443/2022/04/nato?id=7#top",
                "https://example.org/caf\u00e9-talks")) {
            var article = read("a.json", "{\"text\": \"NATO met.\", \"url\": \"" + url + "\"}").article();
            assertThat(article.url()).as(url).isEqualTo(url);
            assertThat(article.warnings()).as(url).isEmpty();
        }
    }

    @Test
    void a_json_url_that_is_not_an_absolute_web_url_is_left_out_with_a_warning_quoting_it() throws Exception {
        for (String url : List.of("\"www.example.org/nato\"", "\"ftp://example.org/nato\"", "\"https:///nato\"",
                "\"https://example.org/two words\"", "42")) {
            var read = read("a.json", "{\"date\": \"2022-04-05\", \"text\": \"NATO met.\", \"url\": " + url + "}");
            assertThat(read.article().text()).as(url).isEqualTo("NATO met.");
            assertThat(read.article().url()).as(url).isNull();
            assertThat(read.warnings()).as(url)
                    .containsExactly("the JSON url " + url + " is not an absolute http or https URL: left out");
        }
    }

    @Test
    void a_null_or_blank_json_url_is_no_url_and_nothing_to_warn_about() throws Exception {
        for (String url : List.of("null", "\"\"", "\"  \"")) {
            var read = read("a.json", "{\"text\": \"NATO met.\", \"url\": " + url + "}");
            assertThat(read.article().url()).as(url).isNull();
            assertThat(read.warnings()).as(url).isEmpty();
        }
    }

    @Test
    void a_windows_1252_json_file_with_a_bad_url_warns_about_the_decoding_first_then_the_url() throws Exception {
        byte[] bytes = "{\"text\": \"Caf\u00e9 talks.\", \"url\": \"example.org/caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1);

        var read = reader.read("a.json", bytes, MODIFIED);

        assertThat(read.article().text()).isEqualTo("Café talks.");
        assertThat(read.warnings()).containsExactly("the file is not valid UTF-8: decoded as Windows-1252",
                "the JSON url \"example.org/café\" is not an absolute http or https URL: left out");
    }

    @Test
    void a_json_article_may_name_its_date_published_date_and_carry_a_time() throws Exception {
        var read = read("a.txt", "{\"publishedDate\": \"2022-04-05T09:30:00Z\", \"text\": \"NATO met.\"}");
        assertThat(read.format()).isEqualTo("json");
        assertThat(read.article().publishedDate()).isEqualTo(LocalDate.of(2022, 4, 5));
        assertThat(read.article().title()).isNull();
    }

    @Test
    void a_json_article_without_a_date_takes_the_file_s_modification_day() throws Exception {
        var article = read("a.json", "{\"text\": \"NATO met.\"}").article();
        assertThat(article.publishedDate()).isEqualTo(MODIFIED);
        assertThat(article.dateSource()).isEqualTo("file-modified");
    }

    @Test
    void a_json_file_that_does_not_parse_is_refused_with_the_place() {
        assertRefused("a.json", "{\"text\": \"NATO met.\",\n \"date\": }", "invalid-json")
                .hasMessage("the file is not valid JSON (line 2, column 10)");
    }

    @Test
    void a_json_file_that_is_not_an_object_is_refused() {
        assertRefused("a.json", "[\"NATO met.\"]", "invalid-json")
                .hasMessage("the JSON article must be an object with a \"text\" field");
    }

    @Test
    void a_json_article_without_text_is_refused() {
        assertRefused("a.json", "{\"date\": \"2022-04-05\", \"text\": \" \"}", "no-text")
                .hasMessage("the JSON article has no \"text\" field with text in it");
    }

    @Test
    void a_json_date_that_does_not_exist_is_refused() {
        assertRefused("a.json", "{\"date\": \"2022-02-30\", \"text\": \"NATO met.\"}", "invalid-date")
                .hasMessage("the JSON date \"2022-02-30\" is not a valid date YYYY-MM-DD");
    }

    // front-matter

    @Test
    void front_matter_gives_date_and_title_with_any_line_ending() throws Exception {
        for (String end : new String[] {"\r\n", "\n", "\r"}) {
            var read = read("a.md", "---" + end + "date: 2022-04-05" + end + "title: \"NATO meets\"" + end
                    + "tags: [nato]" + end + "---" + end + end + "NATO met." + end);
            assertThat(read.format()).as(end).isEqualTo("front-matter");
            assertThat(read.article()).as(end)
                    .isEqualTo(new ArticleFile(LocalDate.of(2022, 4, 5), "front-matter", "NATO meets", "NATO met." + end));
        }
    }

    @Test
    void front_matter_without_a_date_takes_the_file_s_modification_day() throws Exception {
        var article = read("a.md", "---\ntitle: NATO meets\n---\nNATO met.").article();
        assertThat(article.publishedDate()).isEqualTo(MODIFIED);
        assertThat(article.dateSource()).isEqualTo("file-modified");
        assertThat(article.title()).isEqualTo("NATO meets");
    }

    @Test
    void front_matter_without_its_closing_line_is_refused() {
        assertRefused("a.md", "---\ndate: 2022-04-05\nNATO met.", "invalid-front-matter")
                .hasMessage("the front-matter block has no closing \"---\" line");
    }

    @Test
    void front_matter_without_text_after_it_is_refused() {
        assertRefused("a.md", "---\ndate: 2022-04-05\n---\n\n", "no-text")
                .hasMessage("the file has a front-matter block but no article text after it");
    }

    @Test
    void a_front_matter_date_that_does_not_exist_is_refused() {
        assertRefused("a.md", "---\ndate: 2022-02-30\n---\nNATO met.", "invalid-date")
                .hasMessage("the front-matter date \"2022-02-30\" is not a valid date YYYY-MM-DD");
    }

    // plain text

    @Test
    void plain_text_is_all_article_dated_by_the_file_s_modification_day() throws Exception {
        var read = read("a.txt", "NATO met in Brussels.\rAgain.");
        assertThat(read.format()).isEqualTo("plain");
        assertThat(read.article()).isEqualTo(
                new ArticleFile(MODIFIED, "file-modified", null, "NATO met in Brussels.\rAgain."));
    }

    @Test
    void a_file_of_only_white_space_is_refused() {
        assertRefused("a.txt", " \r\n\t\n", "empty").hasMessage("the file holds only white space");
    }

    @Test
    void utf16_and_windows_1252_files_are_parsed_after_decoding() throws Exception {
        var utf16 = reader.read("a.txt", " date 2022-04-05 Café".getBytes(StandardCharsets.UTF_16), MODIFIED);
        assertThat(utf16.article().text()).isEqualTo("Café");
        assertThat(utf16.decoding().encoding()).isEqualTo("UTF-16BE");
        var cp1252 = reader.read("a.txt", " date 2022-04-05 Café".getBytes(StandardCharsets.ISO_8859_1), MODIFIED);
        assertThat(cp1252.article().text()).isEqualTo("Café");
        assertThat(cp1252.decoding().warnings()).containsExactly("the file is not valid UTF-8: decoded as Windows-1252");
    }
}

package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeedFileParserTest {

    private final SeedFileParser parser = new SeedFileParser();

    private ArticleFile parse(String content) throws UnparseableFileException {
        return parser.parse(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void seed_format_with_the_text_on_the_date_line_keeps_the_text_after_one_space() throws Exception {
        var article = parse(" date 2022-04-05 In a key development, NATO met.");
        assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2022, 4, 5));
        assertThat(article.text()).isEqualTo("In a key development, NATO met.");
        assertThat(article.title()).isNull();
    }

    @Test
    void date_on_its_own_first_line_then_the_text() throws Exception {
        var article = parse("date 2022-04-05\r\nNATO met.\r\nAgain.");
        assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2022, 4, 5));
        assertThat(article.text()).isEqualTo("NATO met.\r\nAgain.");
    }

    @Test
    void leading_blank_lines_and_a_byte_order_mark_before_the_header_are_allowed() throws Exception {
        assertThat(parse("\uFEFF\n\n   date 2021-12-31\nText.").publishedDate()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void a_date_that_does_not_exist_is_refused_naming_the_date() {
        assertThatThrownBy(() -> parse(" date 2022-02-30 Text."))
                .isInstanceOf(UnparseableFileException.class)
                .hasMessage("the header date \"2022-02-30\" is not a valid date YYYY-MM-DD");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> parser.parse(new byte[0])).hasMessage("the file is empty");
    }

    @Test
    void a_header_without_text_is_refused() {
        assertThatThrownBy(() -> parse(" date 2022-04-05 \n  \n"))
                .hasMessage("the file has a date header but no article text after it");
    }

    @Test
    void a_file_without_the_header_is_refused_saying_what_was_expected() {
        assertThatThrownBy(() -> parse("NATO met in Brussels."))
                .hasMessage("the first line is not a date header: expected \" date YYYY-MM-DD\"");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() {
        byte[] latin1 = " date 2022-04-05 Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parser.parse(latin1)).hasMessage("the file is not valid UTF-8 text");
    }

    @Test
    void both_seed_files_parse_with_their_date() throws Exception {
        for (String seed : new String[] {"000_9fcc7db5881dbe47.txt", "003_debdce87b0e61862.txt"}) {
            try (var in = getClass().getResourceAsStream("/seeds/" + seed)) {
                var article = parser.parse(in.readAllBytes());
                assertThat(article.publishedDate()).as(seed).isEqualTo(LocalDate.of(2022, 4, 5));
                assertThat(article.text()).as(seed).doesNotStartWith(" ").doesNotContain("date 2022");
            }
        }
    }
}

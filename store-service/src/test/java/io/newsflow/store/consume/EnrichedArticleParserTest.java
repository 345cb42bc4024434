package io.newsflow.store.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.contracts.Json;
import io.newsflow.store.TestArticles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnrichedArticleParserTest {

    @Test
    void a_valid_event_parses_to_the_article_it_was_written_from() throws Exception {
        var article = TestArticles.natoMeeting();

        assertThat(EnrichedArticleParser.parse(Json.write(article))).isEqualTo(article);
    }

    @Test
    void bytes_that_are_not_json_are_refused_as_not_valid_json() {
        var e = assertThrows(InvalidArticleException.class, () -> EnrichedArticleParser.parse(utf8("{not json")));

        assertThat(e.getMessage()).startsWith("not valid JSON: ");
    }

    @Test
    void json_cut_off_inside_a_field_is_refused_as_not_valid_json() {
        var e = assertThrows(InvalidArticleException.class,
                () -> EnrichedArticleParser.parse(utf8("{\"id\": \"truncated")));

        assertThat(e.getMessage()).startsWith("not valid JSON: ");
    }

    @Test
    void json_of_another_shape_is_refused_as_not_an_enriched_article() {
        var e = assertThrows(InvalidArticleException.class,
                () -> EnrichedArticleParser.parse(utf8("{\"id\": \"x\", \"entities\": 42}")));

        assertThat(e.getMessage()).startsWith("not an EnrichedArticle: ");
    }

    @Test
    void an_event_missing_a_required_field_is_refused_naming_the_field() {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) Json.tree(TestArticles.natoMeeting());
        tree.remove("publishedDate");

        var e = assertThrows(InvalidArticleException.class, () -> EnrichedArticleParser.parse(Json.write(tree)));

        assertThat(e.getMessage()).isEqualTo("not an EnrichedArticle: missing publishedDate");
    }

    @Test
    void an_empty_value_is_refused() {
        var e = assertThrows(InvalidArticleException.class, () -> EnrichedArticleParser.parse(new byte[0]));

        assertThat(e.getMessage()).isEqualTo("empty value: expected EnrichedArticle JSON");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

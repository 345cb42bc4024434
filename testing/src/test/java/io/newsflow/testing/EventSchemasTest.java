package io.newsflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Lineage;
import io.newsflow.contracts.Mention;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
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
    void a_raw_article_without_text_and_with_a_short_id_is_rejected_naming_both_fields() {
        var event = (ObjectNode) Json.tree(RAW);
        event.remove("text");
        event.put("id", "abc");
        assertThat(schemas.violations(EventSchemas.RAW_ARTICLE, event))
                .anySatisfy(m -> assertThat(m).contains("text"))
                .anySatisfy(m -> assertThat(m).contains("id"));
    }
}

package io.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas as a consumer in any language uses them: each file on its own, offline. A {@code $ref} to
 * another file would be resolved against the schema's {@code $id}, an https address a validator would try to fetch,
 * so the enriched schema carries copies of the raw schema's definitions, and this test keeps the copies equal.
 */
class SchemasTest {

    @Test
    void every_reference_points_inside_its_own_schema() throws IOException, URISyntaxException {
        for (Path file : schemaFiles()) {
            var refs = new ArrayList<String>();
            collectRefs(Json.tree(Files.readAllBytes(file)), refs);

            assertThat(refs).as("$ref values in " + file.getFileName()).allMatch(ref -> ref.startsWith("#"));
        }
    }

    @Test
    void the_enriched_schema_copies_the_raw_schemas_definitions_exactly() throws IOException {
        JsonNode raw = schema("raw-article.v1.json");
        JsonNode enriched = schema("enriched-article.v1.json").get("$defs");

        for (String field : List.of("id", "publishedDate", "dateSource")) {
            assertThat(enriched.get(field)).as(field).isEqualTo(raw.get("properties").get(field));
        }
        assertThat(enriched.get("source")).isEqualTo(raw.get("$defs").get("source"));
    }

    private static JsonNode schema(String name) throws IOException {
        try (var in = SchemasTest.class.getResourceAsStream("/schemas/" + name)) {
            assertThat(in).as(name).isNotNull();
            return Json.tree(in.readAllBytes());
        }
    }

    private static List<Path> schemaFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(SchemasTest.class.getResource("/schemas").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> schemas = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(schemas).hasSizeGreaterThanOrEqualTo(4);
            return schemas;
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}

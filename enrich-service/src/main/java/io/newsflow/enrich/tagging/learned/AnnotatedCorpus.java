package io.newsflow.enrich.tagging.learned;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads annotated articles in the evaluation format: a JSON Lines file of articles ({@code id}, {@code text}) and
 * one of their names ({@code id}, {@code entities: [{start, end, type}]}, types PER, ORG, LOC, MISC). Errors name
 * the file and the line.
 */
public final class AnnotatedCorpus {

    private AnnotatedCorpus() {
    }

    public static List<AnnotatedArticle> read(Path articles, Path names) throws IOException {
        Map<String, List<AnnotatedArticle.Name>> namesById = new HashMap<>();
        forEachLine(names, (node, where) -> {
            var list = new ArrayList<AnnotatedArticle.Name>();
            for (JsonNode entity : node.path("entities")) {
                list.add(new AnnotatedArticle.Name(entity.path("start").asInt(), entity.path("end").asInt(),
                        type(entity.path("type").asText(), where)));
            }
            namesById.put(text(node, "id", where), list);
        });
        var result = new ArrayList<AnnotatedArticle>();
        forEachLine(articles, (node, where) -> {
            String id = text(node, "id", where);
            List<AnnotatedArticle.Name> marked = namesById.get(id);
            if (marked == null) {
                throw new IOException(where + ": article " + id + " has no line in " + names);
            }
            result.add(new AnnotatedArticle(id, text(node, "text", where), marked));
        });
        return result;
    }

    private interface LineReader {
        void read(JsonNode node, String where) throws IOException;
    }

    private static void forEachLine(Path file, LineReader reader) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    String where = file + ":" + number;
                    JsonNode node;
                    try {
                        node = Json.tree(line.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new IOException(where + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
                    }
                    reader.read(node, where);
                }
            }
        }
    }

    private static String text(JsonNode node, String field, String where) throws IOException {
        if (!node.path(field).isTextual()) {
            throw new IOException(where + ": no \"" + field + "\" text");
        }
        return node.path(field).asText();
    }

    private static EntityType type(String type, String where) throws IOException {
        return switch (type) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> throw new IOException(where + ": entity type \"" + type + "\" is not PER, ORG, LOC or MISC");
        };
    }
}

package io.newsflow.store.persist;

import io.newsflow.contracts.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How {@code articles.source_warnings} holds a source's warnings: one JSON array of sentences, in the event's order,
 * or NULL when there are none, so a row stored before the column existed reads the same as one with no warnings.
 * Both sides of the column live here so the repository and the queries cannot disagree on its form.
 */
final class SourceWarnings {

    private SourceWarnings() {
    }

    static String toColumn(List<String> warnings) {
        return warnings.isEmpty() ? null : Json.writeString(warnings);
    }

    static List<String> fromColumn(String column) {
        if (column == null) {
            return List.of();
        }
        try {
            return List.of(Json.read(column.getBytes(StandardCharsets.UTF_8), String[].class));
        } catch (IOException e) {
            throw new IllegalStateException("articles.source_warnings is not a JSON array of sentences: " + column, e);
        }
    }
}

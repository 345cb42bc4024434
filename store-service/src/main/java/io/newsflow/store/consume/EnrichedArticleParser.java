package io.newsflow.store.consume;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.StoryAssignment;
import java.io.IOException;

/**
 * Turns a record's bytes into an {@link EnrichedArticle} or a {@link StoryAssignment}, or says why it cannot. The consumer reads raw bytes and
 * parses here rather than in a Kafka deserializer, so a poison record fails as data the consumer can dead-letter
 * instead of as an exception inside {@code poll()} that would stop the partition.
 */
final class EnrichedArticleParser {

    private EnrichedArticleParser() {
    }

    static EnrichedArticle parse(byte[] value) throws InvalidArticleException {
        EnrichedArticle article = read(value, EnrichedArticle.class);
        require(!article.id().isBlank(), "id");
        require(article.publishedDate() != null, "publishedDate");
        require(article.text() != null, "text");
        require(article.source() != null, "source");
        return article;
    }

    static StoryAssignment parseStory(byte[] value) throws InvalidArticleException {
        return read(value, StoryAssignment.class);
    }

    private static <T> T read(byte[] value, Class<T> type) throws InvalidArticleException {
        if (value == null || value.length == 0) {
            throw new InvalidArticleException("empty value: expected " + type.getSimpleName() + " JSON");
        }
        T parsed;
        try {
            parsed = Json.read(value, type);
        } catch (IOException | RuntimeException e) {
            throw new InvalidArticleException(reason(e, type), e);
        }
        if (parsed == null) {
            throw new InvalidArticleException("JSON null: expected " + aOrAn(type) + " object");
        }
        return parsed;
    }

    /** Jackson wraps a syntax error met inside a field in a mapping error; the syntax error is the real reason. */
    private static String reason(Exception failure, Class<?> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException syntax) {
                return "not valid JSON: " + syntax.getOriginalMessage();
            }
        }
        String detail = failure instanceof JsonProcessingException mapping
                ? mapping.getOriginalMessage()
                : failure.getMessage();
        return "not " + aOrAn(type) + ": " + detail;
    }

    private static String aOrAn(Class<?> type) {
        return ("AEIOU".indexOf(type.getSimpleName().charAt(0)) >= 0 ? "an " : "a ") + type.getSimpleName();
    }

    private static void require(boolean present, String field) throws InvalidArticleException {
        if (!present) {
            throw new InvalidArticleException("not an EnrichedArticle: missing " + field);
        }
    }
}

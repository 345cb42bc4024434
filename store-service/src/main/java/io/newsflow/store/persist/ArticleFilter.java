package io.newsflow.store.persist;

import java.time.LocalDate;

/**
 * What the article list is narrowed to. Null fields do not filter.
 *
 * @param entity     an entity key ({@code person:antony-blinken}) or canonical name, case-insensitive
 * @param entityType an entity type name such as {@code PERSON}: articles naming at least one such entity
 * @param from       first published date included
 * @param to         last published date included
 * @param search     words the title or text must hold; with it, the best matches come first
 */
public record ArticleFilter(String entity, String entityType, LocalDate from, LocalDate to, SearchQuery search,
                            int limit, int offset) {
}

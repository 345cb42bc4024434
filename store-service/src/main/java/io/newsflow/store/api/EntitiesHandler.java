package io.newsflow.store.api;

import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.EntityCount;
import io.newsflow.store.persist.Page;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/entities}: the entities named by the most articles, optionally of one {@code type}, paged with
 * {@code limit} and {@code offset} exactly as the article list is, so a client pages both the same way.
 */
final class EntitiesHandler implements Endpoint {

    static final String PATH = "/api/entities";
    private static final Set<String> PARAMETERS = Set.of("type", "limit", "offset");

    /** The response: a page shaped like the article list's, and the type that selected it. */
    record EntityList(List<EntityCount> items, long total, int limit, int offset, String type) {
    }

    private final ArticleQueries queries;

    EntitiesHandler(ArticleQueries queries) {
        this.queries = queries;
    }

    @Override
    public boolean serves(String path) {
        return path.equals(PATH) || path.equals(PATH + "/");
    }

    @Override
    public Reply get(URI uri) {
        var parameters = QueryParameters.of(uri, PARAMETERS);
        String type = parameters.entityType("type");
        Page<EntityCount> page = queries.topEntities(type, parameters.limit(), parameters.offset());
        return Reply.ok(new EntityList(page.items(), page.total(), page.limit(), page.offset(), type));
    }
}

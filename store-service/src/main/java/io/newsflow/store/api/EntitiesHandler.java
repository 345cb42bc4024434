package io.newsflow.store.api;

import io.newsflow.contracts.LogFormat;
import io.newsflow.http.HttpError;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.EntityCount;
import io.newsflow.store.persist.Page;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/entities}: the entities named by the most articles, optionally of one {@code type}, paged with
 * {@code limit} and {@code offset} exactly as the article list is, so a client pages both the same way.
 * {@code GET /api/entities/{key}}: one entity over time, within {@code from} and {@code to}: its mentions per day,
 * the {@code limit} entities named most often beside it, and its {@code limit} latest articles.
 */
final class EntitiesHandler implements Endpoint {

    static final String PATH = "/api/entities";
    private static final Set<String> PARAMETERS = Set.of("type", "limit", "offset");
    private static final Set<String> ONE_PARAMETERS = Set.of("from", "to", "limit");
    /** How many companions and latest articles one entity's page shows unless told. */
    private static final int ONE_DEFAULT_LIMIT = 10;

    /** The response: a page shaped like the article list's, and the type that selected it. */
    record EntityList(List<EntityCount> items, long total, int limit, int offset, String type) {
    }

    private final ArticleQueries queries;

    EntitiesHandler(ArticleQueries queries) {
        this.queries = queries;
    }

    @Override
    public boolean serves(String path) {
        return isList(path) || path.startsWith(PATH + "/") && path.indexOf('/', PATH.length() + 1) < 0;
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(PATH, PARAMETERS), new Route(PATH + "/{key}", ONE_PARAMETERS));
    }

    @Override
    public Reply get(URI uri) {
        if (!isList(uri.getPath())) {
            return one(uri);
        }
        var parameters = QueryParameters.of(uri, PARAMETERS);
        String type = parameters.entityType("type");
        Page<EntityCount> page = queries.topEntities(type, parameters.limit(), parameters.offset());
        return Reply.ok(new EntityList(page.items(), page.total(), page.limit(), page.offset(), type));
    }

    private Reply one(URI uri) {
        String key = uri.getPath().substring(PATH.length() + 1);
        var parameters = QueryParameters.of(uri, ONE_PARAMETERS);
        LocalDate from = parameters.date("from");
        LocalDate to = parameters.date("to");
        ArticlesHandler.requireOrdered(from, to);
        return queries.entity(key, from, to, parameters.limit(ONE_DEFAULT_LIMIT)).map(Reply::ok)
                .orElseThrow(() -> new HttpError(404, "no stored article names an entity with key "
                        + LogFormat.quoted(key) + (from != null || to != null ? " in that range" : "")));
    }

    private static boolean isList(String path) {
        return path.equals(PATH) || path.equals(PATH + "/");
    }
}

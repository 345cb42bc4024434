package io.newsflow.store.api;

import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.EntityCount;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code GET /api/entities}: the entities named by the most articles, optionally of one {@code type}. */
final class EntitiesHandler extends JsonHandler {

    static final String PATH = "/api/entities";
    private static final Set<String> PARAMETERS = Set.of("type", "limit");
    private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Za-z_]+");

    /** The response: the entities, and the type and limit that selected them. */
    record EntityList(List<EntityCount> items, String type, int limit) {
    }

    private final ArticleQueries queries;

    EntitiesHandler(ArticleQueries queries) {
        this.queries = queries;
    }

    @Override
    Reply get(URI uri) {
        if (!uri.getPath().equals(PATH) && !uri.getPath().equals(PATH + "/")) {
            throw HttpError.notFound(uri.getPath());
        }
        var parameters = QueryParameters.of(uri, PARAMETERS);
        String type = parameters.text("type");
        if (type != null && !ENTITY_TYPE.matcher(type).matches()) {
            throw QueryParameters.invalid("type", type, "an entity type such as PERSON, ORGANIZATION or LOCATION");
        }
        String upper = type == null ? null : type.toUpperCase(Locale.ROOT);
        int limit = parameters.integer("limit", ArticlesHandler.DEFAULT_LIMIT, 1, ArticlesHandler.MAX_LIMIT);
        return Reply.ok(new EntityList(queries.topEntities(upper, limit), upper, limit));
    }
}

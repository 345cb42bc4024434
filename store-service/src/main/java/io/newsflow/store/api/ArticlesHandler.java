package io.newsflow.store.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.LogFormat;
import io.newsflow.http.HttpError;
import io.newsflow.store.persist.ArticleFilter;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.SearchQuery;
import io.newsflow.store.persist.StoryQueries;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code GET /api/articles} (filtered, paged list) and {@code GET /api/articles/{id}} (one article shaped like the
 * EnrichedArticle event, plus {@code storedAt} and the {@code story} it is in). HTTP only: the queries live in
 * {@link ArticleQueries}. The web pages' search reads its parameters as the list does, hence the public
 * {@link #filter}.
 */
public final class ArticlesHandler implements Endpoint {

    static final String PATH = "/api/articles";
    public static final Set<String> PARAMETERS =
            Set.of("q", "entity", "entityType", "from", "to", "limit", "offset");
    private static final Pattern ARTICLE_ID = Pattern.compile("[^/]+");

    private final ArticleQueries queries;
    private final StoryQueries stories;

    ArticlesHandler(ArticleQueries queries, StoryQueries stories) {
        this.queries = queries;
        this.stories = stories;
    }

    @Override
    public boolean serves(String path) {
        return isList(path) || path.startsWith(PATH + "/") && ARTICLE_ID.matcher(id(path)).matches();
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(PATH, PARAMETERS), new Route(PATH + "/{id}", Set.of()));
    }

    @Override
    public Reply get(URI uri) {
        if (isList(uri.getPath())) {
            return Reply.ok(queries.list(filter(QueryParameters.of(uri, PARAMETERS))));
        }
        String id = id(uri.getPath());
        QueryParameters.of(uri, Set.of());
        return queries.find(id)
                .map(stored -> {
                    var body = (ObjectNode) Json.tree(stored.article());
                    body.put("storedAt", stored.storedAt().toString());
                    // Null until the story step has placed it: the article is stored before its story, or after.
                    body.set("story", Json.tree(stories.ofArticle(id).orElse(null)));
                    return Reply.ok(body);
                })
                .orElseThrow(() -> new HttpError(404, "no article with id \"" + id + "\""));
    }

    private static boolean isList(String path) {
        return path.equals(PATH) || path.equals(PATH + "/");
    }

    private static String id(String path) {
        return path.substring(PATH.length() + 1);
    }

    public static ArticleFilter filter(QueryParameters parameters) {
        LocalDate from = parameters.date("from");
        LocalDate to = parameters.date("to");
        requireOrdered(from, to);
        return new ArticleFilter(parameters.text("entity"), parameters.entityType("entityType"), from, to,
                search(parameters.text("q")), parameters.limit(), parameters.offset());
    }

    /** A range that ends before it starts is a 400, for every resource that takes one. */
    public static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new HttpError(400, LogFormat.setting("from", from) + " is after " + LogFormat.setting("to", to)
                    + ": expected from <= to");
        }
    }

    private static SearchQuery search(String q) {
        if (q == null) {
            return null;
        }
        try {
            return SearchQuery.parse(q);
        } catch (SearchQuery.SyntaxException e) {
            throw new HttpError(400, LogFormat.setting("q", q) + ": " + e.getMessage());
        }
    }
}

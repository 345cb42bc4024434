package io.newsflow.store.web;

import io.newsflow.http.HttpError;
import io.newsflow.store.api.ArticlesHandler;
import io.newsflow.store.api.QueryParameters;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.EntityDetail;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /entities/{key}}: one entity over time, the data of {@code GET /api/entities/{key}} with the same {@code
 * from}, {@code to} and {@code limit}: its counts, its timeline as a chart (see {@link TimelineChart}), the entities
 * named most often beside it and its latest articles, each linked, and a form to change the range.
 */
final class EntityPage {

    static final Set<String> PARAMETERS = Set.of("from", "to", "limit");
    private static final int DEFAULT_LIMIT = 10;

    private final ArticleQueries queries;

    EntityPage(ArticleQueries queries) {
        this.queries = queries;
    }

    String render(String key, URI uri) {
        QueryParameters parameters = QueryParameters.of(uri, PARAMETERS);
        LocalDate from = parameters.date("from");
        LocalDate to = parameters.date("to");
        ArticlesHandler.requireOrdered(from, to);
        EntityDetail entity = queries.entity(key, from, to, parameters.limit(DEFAULT_LIMIT))
                .orElseThrow(() -> new HttpError(404, "No stored article names an entity with key \"" + key + "\""
                        + (from != null || to != null ? " in that range." : ".")));
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", from);
        range.put("to", to);

        var main = new Html().open("h1")
                .element("span", entity.name(), "class", "entity " + MarkedText.cssName(entity.type()))
                .close("h1");
        main.element("p", entity.type() + " · " + entity.key() + " · named by "
                + Layout.count(entity.articleCount(), "article") + ", "
                + Layout.count(entity.mentionCount(), "mention") + (from != null || to != null
                ? " from " + (from == null ? "the first" : from) + " to " + (to == null ? "the last" : to) : ""),
                "class", "summary");

        var chart = new TimelineChart(entity.timeline(), from, to);
        main.open("section", "class", "timeline").element("h2", chart.caption()).append(chart.svg());
        main.open("form", "class", "filters", "action", Links.entity(key), "method", "get");
        main.open("label").text("From ").open("input", "type", "date", "name", "from",
                "value", from == null ? null : from.toString()).close("label");
        main.open("label").text("To ").open("input", "type", "date", "name", "to",
                "value", to == null ? null : to.toString()).close("label");
        main.element("button", "Show", "type", "submit").close("form");
        main.close("section");

        main.open("div", "class", "columns");
        main.open("section", "class", "latest").element("h2", "Latest articles")
                .append(ArticleList.of(entity.latestArticles()));
        var all = new LinkedHashMap<String, Object>();
        all.put("entity", entity.key());
        all.putAll(range);
        main.element("a", "All " + Layout.count(entity.articleCount(), "article"), "class", "more",
                "href", Links.withQuery(Links.SEARCH, all));
        main.close("section");
        main.open("aside", "class", "entities").element("h2", "Named with it")
                .element("p", "In the most of the same articles, with their mentions there.", "class", "note")
                .append(EntityList.of(entity.coMentioned()))
                .close("aside");
        main.close("div");
        return Layout.page(entity.name(), null, main,
                Links.withQuery("/api" + Links.entity(entity.key()), range));
    }
}

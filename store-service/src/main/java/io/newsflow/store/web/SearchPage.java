package io.newsflow.store.web;

import io.newsflow.http.HttpError;
import io.newsflow.store.api.ArticlesHandler;
import io.newsflow.store.api.Endpoint.Reply;
import io.newsflow.store.api.QueryParameters;
import io.newsflow.store.persist.ArticleFilter;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.ArticleSummary;
import io.newsflow.store.persist.Page;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /search}: the article list of {@code GET /api/articles}, with its very parameters and rules ({@code q} in
 * the search syntax, {@code entity}, {@code entityType}, {@code from}, {@code to}, {@code limit}, {@code offset}), as a
 * page: the best matches first with their marked snippets, a form to narrow them, and links to the pages before
 * and after. A mistake is a 400 page that says what the API would say, above the form to correct it.
 */
final class SearchPage {

    /** The narrowing form's fields, in the order shown; {@code q} comes from the header's search box. */
    private static final List<String> FILTERS = List.of("entity", "entityType", "from", "to");

    private final ArticleQueries queries;

    SearchPage(ArticleQueries queries) {
        this.queries = queries;
    }

    Reply render(URI uri) {
        QueryParameters parameters = QueryParameters.of(uri, ArticlesHandler.PARAMETERS);
        String q = parameters.text("q");
        String title = q == null ? "Articles" : "Search: " + q;
        var main = new Html().element("h1", title);
        ArticleFilter filter;
        try {
            filter = ArticlesHandler.filter(parameters);
        } catch (HttpError e) {
            main.element("p", e.getMessage(), "class", "error", "role", "alert");
            form(main, parameters);
            return Layout.reply(e.status(), Layout.page(title, q, main, null));
        }
        Page<ArticleSummary> page = queries.list(filter);
        form(main, parameters);
        main.element("p", summary(page, q != null), "class", "summary");
        main.append(ArticleList.of(page.items()));
        pager(main, page, parameters);
        return Layout.reply(200, Layout.page(title, q, main, Links.withQuery("/api/articles", values(parameters))));
    }

    private static String summary(Page<ArticleSummary> page, boolean searching) {
        String found = Layout.count(page.total(), "article")
                + (searching ? (page.total() == 1 ? " matches" : " match") + ", best first" : ", newest first");
        if (page.items().isEmpty()) {
            return page.total() == 0 ? "No article matches." : found + "; none on this page.";
        }
        return found + "; " + (page.offset() + 1) + "–" + (page.offset() + page.items().size()) + " shown.";
    }

    /** The filters, with the query carried along unseen, so narrowing a search keeps its words. */
    private static void form(Html main, QueryParameters parameters) {
        main.open("form", "class", "filters", "action", Links.SEARCH, "method", "get")
                .open("input", "type", "hidden", "name", "q", "value", parameters.text("q"));
        field(main, "entity", "Entity", "text", parameters, "a key or name: NATO");
        field(main, "entityType", "Type", "text", parameters, "PERSON, LOCATION, ...");
        field(main, "from", "From", "date", parameters, "YYYY-MM-DD");
        field(main, "to", "To", "date", parameters, "YYYY-MM-DD");
        main.element("button", "Narrow", "type", "submit").close("form");
    }

    private static void field(Html main, String name, String label, String type, QueryParameters parameters,
                              String placeholder) {
        main.open("label").text(label + " ")
                .open("input", "type", type, "name", name, "value", parameters.text(name), "placeholder", placeholder)
                .close("label");
    }

    private static void pager(Html main, Page<ArticleSummary> page, QueryParameters parameters) {
        boolean before = page.offset() > 0;
        boolean after = page.offset() + page.items().size() < page.total();
        if (!before && !after) {
            return;
        }
        main.open("nav", "class", "pager");
        if (before) {
            main.element("a", "Previous", "rel", "prev",
                    "href", pageLink(parameters, Math.max(0, page.offset() - page.limit())));
        }
        if (after) {
            main.element("a", "Next", "rel", "next", "href", pageLink(parameters, page.offset() + page.limit()));
        }
        main.close("nav");
    }

    private static String pageLink(QueryParameters parameters, int offset) {
        Map<String, Object> values = values(parameters);
        values.put("offset", offset == 0 ? null : offset);
        return Links.withQuery(Links.SEARCH, values);
    }

    /** The parameters given, in a fixed order, for links that keep them. */
    private static Map<String, Object> values(QueryParameters parameters) {
        var values = new LinkedHashMap<String, Object>();
        values.put("q", parameters.text("q"));
        FILTERS.forEach(name -> values.put(name, parameters.text(name)));
        values.put("limit", parameters.text("limit"));
        values.put("offset", parameters.text("offset"));
        return values;
    }
}

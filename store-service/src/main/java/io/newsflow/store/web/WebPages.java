package io.newsflow.store.web;

import io.newsflow.http.HttpError;
import io.newsflow.store.api.Endpoint;
import io.newsflow.store.api.QueryParameters;
import io.newsflow.store.api.ArticlesHandler;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.StoryQueries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The store's web pages, HTML made on the server from the same queries as the JSON API: {@code /} (the latest
 * articles and stories), {@code /search} (the article list and search of {@code GET /api/articles}),
 * {@code /articles/{id}} (one article with its mentions marked), {@code /entities/{key}} (one entity over time) and
 * {@code /stories/{id}} (one story's versions and what each added), with their one stylesheet.
 * They need no script, so they read with JavaScript switched off. They show article content, so the {@code Router}
 * asks for the API's bearer token here as it does on {@code /api/*} ({@link #showsArticles()}). A mistake or a page
 * not found is a page too, with the status and the sentence the API would give.
 */
public final class WebPages implements Endpoint {

    private static final String STYLESHEET_TYPE = "text/css; charset=utf-8";

    private final ArticleQueries queries;
    private final StoryQueries stories;
    private final HomePage home;
    private final SearchPage search;
    private final EntityPage entity;
    private final StoryPage story;
    private final String stylesheet = resource("newsflow.css");

    public WebPages(ArticleQueries queries, StoryQueries stories) {
        this.queries = queries;
        this.stories = stories;
        this.home = new HomePage(queries, stories);
        this.search = new SearchPage(queries);
        this.entity = new EntityPage(queries);
        this.story = new StoryPage(stories, queries);
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(Links.HOME, Set.of()), new Route(Links.SEARCH, ArticlesHandler.PARAMETERS),
                new Route(Links.ARTICLES + "{id}", Set.of()), new Route(Links.ENTITIES + "{key}", EntityPage.PARAMETERS),
                new Route(Links.STORIES + "{id}", Set.of()), new Route(Links.STYLESHEET, Set.of()));
    }

    @Override
    public boolean serves(String path) {
        return path.equals(Links.HOME) || path.equals(Links.SEARCH) || path.equals(Links.STYLESHEET)
                || isOne(path, Links.ARTICLES) || isOne(path, Links.ENTITIES) || isOne(path, Links.STORIES);
    }

    @Override
    public boolean showsArticles() {
        return true;
    }

    @Override
    public Reply get(URI uri) {
        String path = uri.getPath();
        try {
            if (path.equals(Links.STYLESHEET)) {
                QueryParameters.of(uri, Set.of());
                return Reply.ok(new Text(STYLESHEET_TYPE, stylesheet));
            }
            if (path.equals(Links.SEARCH)) {
                return search.render(uri);
            }
            if (path.startsWith(Links.ENTITIES)) {
                return Layout.reply(200, entity.render(path.substring(Links.ENTITIES.length()), uri));
            }
            QueryParameters.of(uri, Set.of());
            if (path.startsWith(Links.STORIES)) {
                return Layout.reply(200, story.render(path.substring(Links.STORIES.length())));
            }
            if (path.startsWith(Links.ARTICLES)) {
                String id = path.substring(Links.ARTICLES.length());
                return Layout.reply(200, queries.find(id).map(found -> ArticlePage.render(found,
                                stories.ofArticle(id)))
                        .orElseThrow(() -> new HttpError(404, "No article with id \"" + id + "\".")));
            }
            return Layout.reply(200, home.render());
        } catch (HttpError e) {
            return Layout.reply(e.status(), errorPage(e));
        }
    }

    private static String errorPage(HttpError e) {
        String title = e.status() == 404 ? "Not found" : "Bad request";
        var main = new Html().element("h1", title)
                .element("p", e.getMessage(), "class", "error", "role", "alert")
                .open("p").element("a", "The latest articles", "href", Links.HOME).close("p");
        return Layout.page(title, null, main, null);
    }

    /** {@code /articles/x} or {@code /entities/x}: one name after the prefix, without a further slash. */
    private static boolean isOne(String path, String prefix) {
        return path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0;
    }

    private static String resource(String name) {
        try (InputStream in = WebPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the stylesheet " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

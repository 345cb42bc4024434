package io.newsflow.store.web;

import io.newsflow.store.persist.ArticleFilter;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.ArticleSummary;
import io.newsflow.store.persist.EntityCount;
import io.newsflow.store.persist.Page;
import java.util.Map;

/**
 * {@code /}: the latest articles, and beside them the entities named by the most articles, each a way into the
 * store. Each part of the page is a section of its own, so one more (the latest stories) is one more method.
 */
final class HomePage {

    static final int LATEST = 20;
    static final int TOP_ENTITIES = 15;

    private final ArticleQueries queries;

    HomePage(ArticleQueries queries) {
        this.queries = queries;
    }

    String render() {
        var main = new Html().open("div", "class", "columns");
        latestArticles(main);
        topEntities(main);
        return Layout.page("Latest articles", null, main.close("div"), "/api/articles");
    }

    private void latestArticles(Html main) {
        Page<ArticleSummary> latest = queries.list(new ArticleFilter(null, null, null, null, null, LATEST, 0));
        main.open("section", "class", "latest")
                .element("h1", "Latest articles")
                .element("p", latest.total() + (latest.total() == 1 ? " article" : " articles") + " stored, newest"
                        + " first.", "class", "summary");
        if (latest.items().isEmpty()) {
            main.element("p", "Nothing stored yet: articles appear here once the pipeline has tagged them.");
        } else {
            main.append(ArticleList.of(latest.items()));
        }
        if (latest.total() > latest.items().size()) {
            main.element("a", "Older articles", "class", "more",
                    "href", Links.withQuery(Links.SEARCH, Map.of("offset", LATEST)));
        }
        main.close("section");
    }

    private void topEntities(Html main) {
        Page<EntityCount> top = queries.topEntities(null, TOP_ENTITIES, 0);
        main.open("aside", "class", "entities").element("h2", "Most named");
        main.append(EntityList.of(top.items()));
        main.close("aside");
    }
}

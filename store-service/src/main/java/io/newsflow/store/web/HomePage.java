package io.newsflow.store.web;

import io.newsflow.store.persist.ArticleFilter;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.ArticleSummary;
import io.newsflow.store.persist.EntityCount;
import io.newsflow.store.persist.Page;
import io.newsflow.store.persist.StoryQueries;
import io.newsflow.store.persist.StorySummary;
import java.util.Map;

/**
 * {@code /}: the latest articles, and beside them the latest stories of more than one version and the entities
 * named by the most articles, each a way into the store. Each part of the page is a section of its own.
 */
final class HomePage {

    static final int LATEST = 20;
    static final int TOP_ENTITIES = 15;
    static final int LATEST_STORIES = 10;

    private final ArticleQueries queries;
    private final StoryQueries stories;

    HomePage(ArticleQueries queries, StoryQueries stories) {
        this.queries = queries;
        this.stories = stories;
    }

    String render() {
        var main = new Html().open("div", "class", "columns");
        latestArticles(main);
        main.open("aside", "class", "side");
        latestStories(main);
        topEntities(main);
        main.close("aside");
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

    private void latestStories(Html main) {
        Page<StorySummary> latest = stories.list(2, LATEST_STORIES, 0);
        main.open("section", "class", "stories").element("h2", "Latest stories");
        if (latest.items().isEmpty()) {
            main.element("p", "No story has two versions yet.");
        } else {
            main.open("ol", "class", "stories");
            for (StorySummary story : latest.items()) {
                main.open("li").element("a", story.title() == null ? story.id() : story.title(), "class", "title",
                                "href", Links.story(story.id()))
                        .element("div", Layout.count(story.articleCount(), "version") + " · last updated "
                                + Layout.time(story.lastUpdated()), "class", "meta")
                        .close("li");
            }
            main.close("ol");
        }
        main.close("section");
    }

    private void topEntities(Html main) {
        Page<EntityCount> top = queries.topEntities(null, TOP_ENTITIES, 0);
        main.open("section", "class", "entities").element("h2", "Most named");
        main.append(EntityList.of(top.items()));
        main.close("section");
    }
}

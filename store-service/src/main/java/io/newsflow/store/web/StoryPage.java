package io.newsflow.store.web;

import io.newsflow.http.HttpError;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.StoredArticle;
import io.newsflow.store.persist.StoryDetail;
import io.newsflow.store.persist.StoryQueries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /stories/{id}}: one story's versions, oldest first, each with the earlier version it is closest to and
 * what it added: its paragraphs that no earlier version has, word for word (case and spacing aside). The first
 * version added everything, so it shows only its opening. Then the entities the versions name most.
 */
final class StoryPage {

    /** Enough of a paragraph to recognise it; the article page has the rest. */
    static final int EXCERPT = 320;
    /** New paragraphs shown per version; the rest are counted. */
    static final int SHOWN = 3;

    private final StoryQueries stories;
    private final ArticleQueries articles;

    StoryPage(StoryQueries stories, ArticleQueries articles) {
        this.stories = stories;
        this.articles = articles;
    }

    String render(String id) {
        StoryDetail story = stories.find(id, 50)
                .orElseThrow(() -> new HttpError(404, "No story with id \"" + id + "\"."));
        var main = new Html().open("div", "class", "columns").open("article", "class", "story");
        main.element("h1", story.title() == null ? "(first version not stored yet)" : story.title());
        main.element("p", Layout.count(story.articleCount(), "version") + " · first seen " + Layout.time(story.firstSeen())
                + " · last updated " + Layout.time(story.lastUpdated()), "class", "meta");
        Set<String> seen = new HashSet<>();
        main.open("ol", "class", "versions");
        for (StoryDetail.Version version : story.articles()) {
            version(main, version, articles.find(version.id()), seen);
        }
        main.close("ol").close("article");
        main.open("aside", "class", "entities").element("h2", "Named most").append(EntityList.of(story.topEntities()))
                .close("aside").close("div");
        return Layout.page(story.title() == null ? story.id() : story.title(), null, main, "/api/stories/" + id);
    }

    private static void version(Html main, StoryDetail.Version version, Optional<StoredArticle> stored,
                                Set<String> seen) {
        main.open("li", "class", "version");
        main.element("a", version.title() == null ? version.id() : version.title(), "class", "title",
                "href", Links.article(version.id()));
        main.open("div", "class", "meta").text(version.publishedDate() == null ? "not stored yet"
                : version.publishedDate() + " · ingested " + Layout.time(version.ingestedAt()));
        if (version.nearestEarlier() != null) {
            main.text(" · ").element("span", Math.round(version.similarity() * 100) + " % like ", "class", "similarity")
                    .element("a", "an earlier version", "href", Links.article(version.nearestEarlier()));
        }
        main.close("div");
        if (stored.isPresent()) {
            boolean first = seen.isEmpty();
            List<String> added = added(stored.get().article().text(), seen);
            if (first) {
                main.element("p", excerpt(added.isEmpty() ? "" : added.get(0)), "class", "opening");
            } else {
                main.element("p", added.isEmpty() ? "Added nothing new: every paragraph is in an earlier version."
                        : "Added " + Layout.count(added.size(), "paragraph") + ":", "class", "added-summary");
                main.open("ul", "class", "added");
                added.stream().limit(SHOWN).forEach(paragraph -> main.element("li", excerpt(paragraph)));
                main.close("ul");
                if (added.size() > SHOWN) {
                    main.element("p", "and " + (added.size() - SHOWN) + " more", "class", "note");
                }
            }
        }
        main.close("li");
    }

    /** The paragraphs of {@code text} not in {@code seen}, which then takes them in. */
    static List<String> added(String text, Set<String> seen) {
        var added = new ArrayList<String>();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            String key = paragraph.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && seen.add(key)) {
                added.add(paragraph.strip());
            }
        }
        return added;
    }

    private static String excerpt(String paragraph) {
        return paragraph.length() <= EXCERPT ? paragraph : paragraph.substring(0, EXCERPT).strip() + "…";
    }
}

package io.newsflow.store.web;

import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.store.persist.ArticleStory;
import io.newsflow.store.persist.StoredArticle;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /articles/{id}}: one article as stored, its text with every entity and date mention marked (see
 * {@link MarkedText}), then the entities it names, each linking to its page, and the dates it mentions.
 */
final class ArticlePage {

    private ArticlePage() {
    }

    static String render(StoredArticle stored, Optional<ArticleStory> story) {
        EnrichedArticle article = stored.article();
        var main = new Html().open("article", "class", "article");
        main.element("h1", article.title() == null ? "(untitled)" : article.title());
        main.open("div", "class", "meta")
                .element("time", article.publishedDate().toString(), "datetime", article.publishedDate().toString())
                .text(" (date from " + article.dateSource() + ") · " + article.source().path());
        String url = article.source().url();
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) { // as ingest keeps them
            main.text(" · ").element("a", url, "href", url, "rel", "nofollow noreferrer");
        }
        main.text(" · tagged by " + article.lineage().enricher()).close("div");
        story.filter(it -> it.articleCount() > 1).ifPresent(it -> main.open("p", "class", "in-story")
                .text("One of " + it.articleCount() + " versions of ")
                .element("a", "a story", "href", Links.story(it.id()))
                .text(it.nearestEarlier() == null ? ": the first." : ", " + Math.round(it.similarity() * 100)
                        + " % like an earlier one.").close("p"));

        legend(main, article);
        MarkedText text = MarkedText.of(article);
        main.open("div", "class", "text").append(text.html()).close("div");
        if (text.unmarked() > 0) {
            main.element("p", Layout.count(text.unmarked(), "mention") + " not marked: "
                    + (text.unmarked() == 1 ? "it overlaps" : "each overlaps") + " another, or falls outside the"
                    + " text.", "class", "note");
        }
        main.close("article");

        main.open("div", "class", "columns");
        entities(main, article);
        dates(main, article);
        main.close("div");
        return Layout.page(article.title() == null ? article.id() : article.title(), null, main,
                "/api/articles/" + article.id());
    }

    /** What each colour of this article's marks stands for, in the order types first appear in its entity list. */
    private static void legend(Html main, EnrichedArticle article) {
        main.open("p", "class", "legend").text("Marked: ");
        article.entities().stream().map(Entity::type).distinct().forEach(type -> main.element("mark",
                type.toLowerCase(Locale.ROOT), "class", "entity " + MarkedText.cssName(type)).text(" "));
        if (!article.dates().isEmpty()) {
            main.element("mark", "date", "class", "date").text(" ");
        }
        main.text("· point at a mark for its name, or its date's value").close("p");
    }

    private static void entities(Html main, EnrichedArticle article) {
        main.open("section", "class", "entities").element("h2", "Entities");
        main.open("table").open("thead").open("tr").element("th", "Name").element("th", "Type")
                .element("th", "Mentions").element("th", "Salience").close("tr").close("thead").open("tbody");
        for (Entity entity : article.entities()) {
            main.open("tr").open("td")
                    .element("a", entity.name(), "class", "entity " + MarkedText.cssName(entity.type()),
                            "href", Links.entity(entity.key()), "title", entity.key())
                    .close("td")
                    .element("td", entity.type())
                    .element("td", Integer.toString(entity.mentionCount()), "class", "number")
                    .element("td", String.format(Locale.ROOT, "%.2f", entity.salience()), "class", "number")
                    .close("tr");
        }
        main.close("tbody").close("table").close("section");
    }

    private static void dates(Html main, EnrichedArticle article) {
        main.open("section", "class", "dates").element("h2", "Dates");
        if (article.dates().isEmpty()) {
            main.element("p", "No date mentioned.");
        } else {
            main.open("table").open("thead").open("tr").element("th", "Text").element("th", "Value")
                    .element("th", "Kind").close("tr").close("thead").open("tbody");
            for (DateMention date : article.dates()) {
                main.open("tr").open("td").element("mark", date.text(), "class", "date",
                                "title", MarkedText.dateTitle(date)).close("td")
                        .element("td", date.value())
                        .element("td", date.type() + (date.relative() ? ", relative" : ""))
                        .close("tr");
            }
            main.close("tbody").close("table");
        }
        main.close("section");
    }
}

package io.newsflow.store.web;

import io.newsflow.store.persist.ArticleSummary;
import java.util.List;

/**
 * A list of articles as the home, the search and an entity's page show it: each title links to the article, then its
 * date, source and counts, and for a search the snippet with the matched words marked.
 */
final class ArticleList {

    private static final String MARK = "<mark>";
    private static final String END_MARK = "</mark>";

    private ArticleList() {
    }

    static Html of(List<ArticleSummary> articles) {
        var list = new Html().open("ol", "class", "articles");
        for (ArticleSummary article : articles) {
            list.open("li")
                    .element("a", article.title(), "class", "title", "href", Links.article(article.id()))
                    .open("div", "class", "meta")
                    .element("time", article.publishedDate().toString(), "datetime", article.publishedDate().toString())
                    .text(" · " + article.sourcePath() + " · " + article.entityCount()
                            + (article.entityCount() == 1 ? " entity · " : " entities · ")
                            + Layout.count(article.dateCount(), "date"))
                    .close("div");
            if (article.snippet() != null) {
                list.open("p", "class", "snippet").append(snippet(article.snippet())).close("p");
            }
            list.close("li");
        }
        return list.close("ol");
    }

    /**
     * The store's snippet, whose text is not escaped, as HTML: everything escaped but the marks themselves. Only a
     * mark that opens when none is open, or closes the open one, is kept as a tag; any other, and a mark left open at
     * the end, cannot come from the store and is shown or closed as text would need.
     */
    static Html snippet(String snippet) {
        var html = new Html();
        boolean open = false;
        int at = 0;
        while (at < snippet.length()) {
            String tag = open ? END_MARK : MARK;
            int next = snippet.indexOf(tag, at);
            if (next < 0) {
                break;
            }
            html.text(snippet.substring(at, next));
            html.literal(tag);
            open = !open;
            at = next + tag.length();
        }
        html.text(snippet.substring(at));
        return open ? html.close("mark") : html;
    }
}

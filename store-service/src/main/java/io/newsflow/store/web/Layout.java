package io.newsflow.store.web;

import io.newsflow.store.api.Endpoint.Reply;
import io.newsflow.store.api.Endpoint.Text;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What every page shares: the head with the stylesheet, the header with the search box, and a footer pointing at
 * the JSON the page was made from, so a reader can see where the data comes from. No script anywhere: every page
 * reads, links and searches with JavaScript switched off.
 */
final class Layout {

    static final String CONTENT_TYPE = "text/html; charset=utf-8";

    private Layout() {
    }

    /** {@code 1 article}, {@code 2 articles}: a count and its noun, which every page writes. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** An instant as a reader takes it in: {@code 2022-04-05 08:00 UTC}; "unknown" for none. */
    static String time(Instant instant) {
        return instant == null ? "unknown" : MINUTES.format(instant);
    }

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** A page as the answer, with the status it stands for. */
    static Reply reply(int status, String page) {
        return new Reply(status, new Text(CONTENT_TYPE, page));
    }

    /**
     * The whole page around {@code main}.
     *
     * @param query what the header's search box holds (the search page's own query), or null
     * @param json  the API resource with the same data, or null
     */
    static String page(String title, String query, Html main, String json) {
        var page = new Html().literal("<!DOCTYPE html>\n")
                .open("html", "lang", "en")
                .open("head")
                .open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " · Newsflow")
                .open("link", "rel", "stylesheet", "href", Links.STYLESHEET)
                .close("head")
                .open("body")
                .open("header", "class", "site")
                .element("a", "Newsflow", "class", "brand", "href", Links.HOME)
                .open("form", "class", "search", "role", "search", "action", Links.SEARCH, "method", "get")
                .open("input", "type", "search", "name", "q", "value", query, "placeholder",
                        "Search: words, \"phrases\", OR, -exclusions", "aria-label", "Search the articles")
                .element("button", "Search", "type", "submit")
                .close("form")
                .close("header")
                .open("main")
                .append(main)
                .close("main")
                .open("footer", "class", "site")
                .text("Newsflow store");
        if (json != null) {
            page.text(" · this page as JSON: ").element("a", json, "href", json);
        }
        return page.close("footer").close("body").close("html").literal("\n").toString();
    }
}

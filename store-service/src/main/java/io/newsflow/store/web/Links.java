package io.newsflow.store.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The pages' URLs, in one place so every link and every route agree. What goes into a URL is percent-encoded here,
 * so the server's strict request reader never refuses a link a page printed; the page then escapes the whole URL
 * into its attribute like any other value.
 */
final class Links {

    static final String HOME = "/";
    static final String SEARCH = "/search";
    static final String STYLESHEET = "/newsflow.css";
    static final String ARTICLES = "/articles/";
    static final String ENTITIES = "/entities/";
    static final String STORIES = "/stories/";

    private Links() {
    }

    static String article(String id) {
        return ARTICLES + segment(id);
    }

    static String story(String id) {
        return STORIES + segment(id);
    }

    static String entity(String key) {
        return ENTITIES + segment(key);
    }

    /** {@code path?name=value&...}, leaving out the parameters whose value is null or empty (the map's order kept). */
    static String withQuery(String path, Map<String, ?> parameters) {
        var query = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null && !value.toString().isEmpty()) {
                query.add(encode(name) + "=" + encode(value.toString()));
            }
        });
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** A path segment: percent-encoded, but the {@code :} of entity keys left readable. */
    private static String segment(String value) {
        return encode(value).replace("+", "%20").replace("%3A", ":");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

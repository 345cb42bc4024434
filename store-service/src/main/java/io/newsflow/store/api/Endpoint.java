package io.newsflow.store.api;

import io.newsflow.http.HttpError;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * One resource of the API: which paths it serves and the JSON value a GET of one of them answers. HTTP itself
 * (methods, HEAD, OPTIONS, the token, CORS, the error shape) is the {@link Router}'s, so an endpoint only maps a URI
 * to a value. Public for the web pages, which are served the same way.
 */
public interface Endpoint {

    /** A body sent as it is rather than as JSON: the Prometheus text of {@code /metrics}, a web page. */
    record Text(String contentType, String text) {
    }

    /** A status and the value to send as its JSON body, or a {@link Text} to send as it is. */
    record Reply(int status, Object body) {

        public static Reply ok(Object body) {
            return new Reply(200, body);
        }
    }

    /**
     * A path this resource serves, written as {@code openapi.json} writes it ({@code /api/articles/{id}}), and the
     * names of the query parameters it takes there.
     */
    record Route(String path, Set<String> parameters) {
    }

    /** Every path this resource serves: {@code openapi.json} must document each, with exactly those parameters. */
    List<Route> routes();

    /** Whether {@code path} names this resource; whether it exists (an article id, say) is for {@link #get}. */
    boolean serves(String path);

    /** Answers a GET of {@code uri}; throws {@link HttpError} for a client's mistake. */
    Reply get(URI uri);

    /**
     * Whether this resource shows articles outside {@code /api/}, and so needs the bearer token, when one is
     * configured, exactly as {@code /api/*} does: the web pages.
     */
    default boolean showsArticles() {
        return false;
    }
}

package io.newsflow.store.api;

import io.newsflow.http.ApiRequest;
import io.newsflow.http.ApiResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Cross-origin resource sharing: which web pages, besides the API's own origin, a browser lets read the API's
 * answers ({@code NEWSFLOW_API_CORS_ORIGINS}). An allowed origin gets its own name back in
 * {@code Access-Control-Allow-Origin} on every answer, errors included, so a page can read a 401 or a 400 too; its
 * preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) learns the methods and request headers
 * allowed, for an hour. Answers carry {@code Vary: Origin} whenever CORS is on, since they then differ by origin
 * and a cache must not hand one origin's answer to another.
 */
final class CorsPolicy {

    private static final String ALLOWED_HEADERS = "Authorization, Content-Type";
    private static final Duration MAX_AGE = Duration.ofHours(1);

    /** Lower case; empty when CORS is off, {@link ApiAccess#ANY_ORIGIN} alone for any origin. */
    private final List<String> origins;

    CorsPolicy(List<String> origins) {
        this.origins = List.copyOf(origins);
    }

    /** Adds the CORS header fields {@code request} calls for to {@code response}. */
    void addHeaders(ApiRequest request, ApiResponse response) {
        if (origins.isEmpty()) {
            return;
        }
        response.header("Vary", "Origin");
        String origin = request.header("origin");
        if (origin == null || !allows(origin)) {
            return;
        }
        response.header("Access-Control-Allow-Origin", origin);
        boolean preflight = request.method().equals("OPTIONS")
                && request.header("access-control-request-method") != null && response.status() == 204;
        if (preflight) {
            response.header("Access-Control-Allow-Methods", Router.ALLOWED_METHODS)
                    .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .header("Access-Control-Max-Age", Long.toString(MAX_AGE.toSeconds()));
        }
    }

    private boolean allows(String origin) {
        return origins.contains(ApiAccess.ANY_ORIGIN) || origins.contains(origin.toLowerCase(Locale.ROOT));
    }
}

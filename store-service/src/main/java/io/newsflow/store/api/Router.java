package io.newsflow.store.api;

import io.newsflow.http.ApiRequest;
import io.newsflow.http.ApiResponse;
import io.newsflow.http.Handler;
import io.newsflow.http.HttpError;
import io.newsflow.store.persist.DatabaseException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the API answers to a request that has been read: the same rules for every path, so an {@link Endpoint}
 * only maps a URI to a value. {@code /api/*} and the web pages ({@link Endpoint#showsArticles()}) need the bearer
 * token when one is configured; the rest ({@code /health*}, {@code /metrics} and {@code /openapi.json}) stays open,
 * so that orchestrators, load balancers and Prometheus can probe and scrape it without a secret, and a client can
 * read how to call the API before it has one: it tells counts, states and the API's shape, never an article. The API
 * is read-only: GET, HEAD (GET's status and headers, no body) and OPTIONS (the methods allowed) on every resource,
 * 405 for any other method, 404 for a path no endpoint serves. Errors are JSON with the right status: the
 * endpoint's own, 503 while the database is unreachable, 500 for a bug (logged once, with its cause). Every
 * answer then gets the CORS header fields its origin calls for.
 */
final class Router implements Handler {

    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

    private static final Logger log = LoggerFactory.getLogger(Router.class);

    private final List<Endpoint> endpoints;
    private final BearerToken token;
    private final CorsPolicy cors;

    Router(List<Endpoint> endpoints, BearerToken token, CorsPolicy cors) {
        this.endpoints = List.copyOf(endpoints);
        this.token = token;
        this.cors = cors;
    }

    /** Every path the endpoints serve, in the order they are tried. */
    List<Endpoint.Route> routes() {
        return endpoints.stream().flatMap(endpoint -> endpoint.routes().stream()).toList();
    }

    @Override
    public ApiResponse answer(ApiRequest request) {
        ApiResponse response = route(request);
        cors.addHeaders(request, response);
        return response;
    }

    private ApiResponse route(ApiRequest request) {
        String path = request.path();
        // OPTIONS passes without the token: a browser sends its CORS preflight without credentials, and the
        // answer tells nothing but the methods allowed. Under /api/ the token is checked before the path, so that a
        // client without it learns nothing of which paths exist.
        Optional<Endpoint> endpoint = endpoints.stream().filter(e -> e.serves(path)).findFirst();
        boolean guarded = path.equals("/api") || path.startsWith("/api/")
                || endpoint.filter(Endpoint::showsArticles).isPresent();
        if (!request.method().equals("OPTIONS") && guarded) {
            Optional<ApiResponse> refusal = token.refusal(request);
            if (refusal.isPresent()) {
                return refusal.get();
            }
        }
        boolean anyResource = path.equals("*");
        if (endpoint.isEmpty() && !anyResource) {
            return ApiResponse.error(404, "no such resource: " + path);
        }
        return switch (request.method()) {
            case "OPTIONS" -> ApiResponse.noContent().header("Allow", ALLOWED_METHODS);
            case "GET", "HEAD" -> get(endpoint.orElseThrow(), request);
            default -> ApiResponse.error(405, "method " + request.method() + " not allowed: this API is"
                    + " read-only, use GET or HEAD").header("Allow", ALLOWED_METHODS);
        };
    }

    private static ApiResponse get(Endpoint endpoint, ApiRequest request) {
        try {
            Endpoint.Reply reply = endpoint.get(request.uri());
            return reply.body() instanceof Endpoint.Text text
                    ? ApiResponse.text(reply.status(), text.contentType(), text.text())
                    : ApiResponse.json(reply.status(), reply.body());
        } catch (HttpError e) {
            return ApiResponse.error(e.status(), e.getMessage());
        } catch (DatabaseException e) {
            if (e.isTransient()) {
                return ApiResponse.error(503, "database unavailable, try again later");
            }
            log.error("store api failed on {} {}", request.method(), request.path(), e);
            return ApiResponse.error(500, "internal error");
        } catch (RuntimeException e) {
            log.error("store api failed on {} {}", request.method(), request.path(), e);
            return ApiResponse.error(500, "internal error");
        }
    }
}

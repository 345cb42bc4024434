package io.newsflow.store.api;

import io.newsflow.http.HttpServer;
import io.newsflow.metrics.Metrics;
import io.newsflow.store.consume.ConsumerStatus;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.StoryQueries;
import io.newsflow.store.web.WebPages;
import java.net.URI;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The store's read-only HTTP API: its URL map and access rules (the {@link Router}) on Newsflow's small HTTP server.
 * Binds on {@link #start()}, so building it is cheap and a taken port fails the start, not the constructor.
 */
public final class ApiServer implements AutoCloseable {

    private final HttpServer server;
    private final List<Endpoint.Route> routes;

    public ApiServer(String host, int port, ApiAccess access, ArticleQueries queries, StoryQueries stories,
                     BooleanSupplier databaseReachable, Supplier<ConsumerStatus> consumerStatus, Metrics metrics) {
        // The URL map, in the order paths are tried.
        var router = new Router(List.of(
                new ArticlesHandler(queries, stories),
                new EntitiesHandler(queries),
                new StoriesHandler(stories),
                new WebPages(queries, stories),
                new HealthHandler(databaseReachable, consumerStatus),
                new OpenApiHandler(),
                new MetricsHandler(metrics)),
                new BearerToken(access.token()), new CorsPolicy(access.corsOrigins()));
        this.server = new HttpServer(host, port, "store-http", router);
        this.routes = router.routes();
    }

    /** Every path the API serves, with the query parameters each takes: what openapi.json must document. */
    List<Endpoint.Route> routes() {
        return routes;
    }

    public void start() {
        server.start();
    }

    /** Where the API listens, with the real port when configured as 0. */
    public URI address() {
        return server.address();
    }

    /** Stops accepting, closes idle connections, and gives requests in progress a second to finish. */
    @Override
    public void close() {
        server.close();
    }
}

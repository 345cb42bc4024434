package io.newsflow.store.api;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.StoryAssignment;
import io.newsflow.metrics.Metrics;
import io.newsflow.store.consume.ConsumerStatus;
import io.newsflow.store.consume.ConsumerStatus.State;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.ArticleRepository;
import io.newsflow.store.persist.Database;
import io.newsflow.store.persist.Migrations;
import io.newsflow.store.persist.StoryQueries;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real API server on a free port over a real SQLite file holding the given articles, with the given access rules.
 * The consumer is stood in for by its status, which a test may change. {@link #send} checks every answer against
 * openapi.json, as {@link RawHttp} does, so every API test also tests the document. Public for the web pages' tests.
 */
public final class ApiFixture implements AutoCloseable {

    /** No token, no other origins: the API as it runs by default. */
    public static final ApiAccess OPEN = new ApiAccess(null, List.of());

    final AtomicReference<ConsumerStatus> consumer = new AtomicReference<>(new ConsumerStatus(State.RUNNING, null));
    /** The meters {@code /metrics} shows; a test may count on them. */
    final Metrics metrics = new Metrics();
    private final Database database;
    private final ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiFixture(Path dataDir, ApiAccess access, List<EnrichedArticle> articles) {
        this(dataDir, access, articles, List.of());
    }

    public ApiFixture(Path dataDir, ApiAccess access, List<EnrichedArticle> articles,
                      List<StoryAssignment> stories) {
        database = new Database("jdbc:sqlite:" + dataDir.resolve("newsflow.db"), null, null);
        new Migrations(database).migrate();
        new ArticleRepository(database).store(articles, stories, List.of());
        server = new ApiServer("127.0.0.1", 0, access, new ArticleQueries(database), new StoryQueries(database),
                database::isReachable, consumer::get, metrics);
        server.start();
    }

    public URI address() {
        return server.address();
    }

    public URI uri(String path) {
        return server.address().resolve(path);
    }

    /** Sends {@code request} with {@link HttpClient}, and fails unless openapi.json describes the answer. */
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        OpenApiContract.SERVED.check(request, response, response.body());
        return response;
    }

    /** Every path the server serves, with the query parameters each takes. */
    List<Endpoint.Route> routes() {
        return server.routes();
    }

    @Override
    public void close() {
        server.close();
        database.close();
        metrics.close();
    }
}

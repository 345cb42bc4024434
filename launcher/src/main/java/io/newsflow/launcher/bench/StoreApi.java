package io.newsflow.launcher.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's HTTP API as the bench asks it: the bench measures what a user of the API would see, so "stored" and
 * "queryable" mean an answer from the API, not a look into the database behind its back.
 *
 * <p>Callers time an answer by when its request was sent: the query runs right after, so what it finds was visible
 * by then. The rest of the exchange (the query's own time, the answer's way back) belongs to the API, not to the
 * pipeline, so it is kept out of the pipeline's figures; the search phase ({@link SearchPhase}) measures exactly that.
 */
final class StoreApi {

    /** The API's largest page. */
    static final int PAGE = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    StoreApi(URI base) {
        this.base = base;
    }

    /** True once the API answers {@code /health} with 200: the database answers and the consumer runs. */
    boolean healthy() throws InterruptedException {
        try {
            return send("health").statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    /** {@code GET /api/articles/{id}}'s status: 200 once the article is queryable, 404 before. */
    int articleStatus(String id) throws InterruptedException {
        return checked(() -> send("api/articles/" + id).statusCode());
    }

    /** How many stored articles are dated from {@code from} to {@code to}. */
    long count(LocalDate from, LocalDate to) throws InterruptedException {
        return page("api/articles?from=" + from + "&to=" + to + "&limit=1").get("total").asLong();
    }

    /** The ids of every stored article dated {@code from} or later, paging through the list. */
    List<String> idsFrom(LocalDate from) throws InterruptedException {
        var ids = new ArrayList<String>();
        for (int offset = 0; ; offset += PAGE) {
            JsonNode page = page("api/articles?from=" + from + "&limit=" + PAGE + "&offset=" + offset);
            page.get("items").forEach(item -> ids.add(item.get("id").asText()));
            if (offset + PAGE >= page.get("total").asLong()) {
                return ids;
            }
        }
    }

    private JsonNode page(String path) throws InterruptedException {
        return checked(() -> {
            HttpResponse<byte[]> response = send(path);
            if (response.statusCode() != 200) {
                throw new IOException("GET /" + path + " answered " + response.statusCode());
            }
            return Json.tree(response.body());
        });
    }

    private HttpResponse<byte[]> send(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve("/" + path)).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private interface Call<T> {
        T run() throws IOException, InterruptedException;
    }

    /** Once the API is up, a failed request is a broken run, not something to wait out. */
    private <T> T checked(Call<T> call) throws InterruptedException {
        try {
            return call.run();
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(); // a refused connection
            throw new BenchFailedException("the store API at " + base + " did not answer: " + why, e);
        }
    }
}

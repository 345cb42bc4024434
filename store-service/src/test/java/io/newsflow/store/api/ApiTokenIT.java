package io.newsflow.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.store.TestArticles;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API started with a token (NEWSFLOW_API_TOKEN): what a client with it, without it, or with another one gets. */
class ApiTokenIT {

    static final String TOKEN = "7d1f0c2a9b4e4f6a8c3d5e7f9a1b2c3d";
    static final EnrichedArticle nato = TestArticles.natoMeeting();
    static final List<String> API_ROUTES = List.of("/api/articles", "/api/articles/" + nato.id(),
            "/api/entities?type=person", "/api/nothing", "/api");

    @TempDir
    static Path dataDir;

    static ApiFixture api;

    @BeforeAll
    static void startServer() {
        api = new ApiFixture(dataDir, new ApiAccess(TOKEN, List.of()), List.of(nato));
    }

    @AfterAll
    static void stopServer() {
        api.close();
    }

    @Test
    void every_api_request_without_the_token_is_a_401_in_json_with_WWW_Authenticate() throws Exception {
        for (String route : API_ROUTES) {
            for (String method : List.of("GET", "HEAD", "POST")) {
                HttpResponse<String> response = send(method, route, null);

                assertThat(response.statusCode()).as("%s %s", method, route).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).as("%s %s", method, route)
                        .hasValue("Bearer");
                if (!method.equals("HEAD")) {
                    assertThat(response.body()).isEqualTo("{\"status\":401,\"error\":\"missing bearer token: expected"
                            + " the header Authorization: Bearer <token>\"}");
                }
            }
        }
        for (String notBearer : List.of("Basic dXNlcjpwYXNz", "Bearer", TOKEN)) {
            HttpResponse<String> response = send("GET", "/api/articles", notBearer);
            assertThat(response.statusCode()).as(notBearer).isEqualTo(401);
            assertThat(response.body()).as(notBearer).contains("missing bearer token");
        }
    }

    @Test
    void a_wrong_token_is_a_401_that_says_so() throws Exception {
        for (String wrong : List.of("Bearer " + TOKEN.substring(1), "Bearer " + TOKEN + "x", "Bearer x",
                "Bearer " + TOKEN.toUpperCase())) {
            HttpResponse<String> response = send("GET", "/api/articles", wrong);

            assertThat(response.statusCode()).as(wrong).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
            assertThat(response.body()).isEqualTo("{\"status\":401,\"error\":\"wrong bearer token: expected the token"
                    + " the API was started with (NEWSFLOW_API_TOKEN)\"}");
        }
    }

    @Test
    void the_token_opens_every_api_route_and_the_scheme_may_be_any_case() throws Exception {
        assertThat(send("GET", "/api/articles", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/articles/" + nato.id(), "bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(send("HEAD", "/api/entities", "BEARER  " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/nothing", "Bearer " + TOKEN).statusCode()).as("past the token, paths as ever")
                .isEqualTo(404);
        assertThat(send("POST", "/api/articles", "Bearer " + TOKEN).statusCode()).isEqualTo(405);
    }

    @Test
    void health_metrics_and_OPTIONS_stay_open_for_probes_scrapers_and_browsers() throws Exception {
        assertThat(send("GET", "/health", null).statusCode()).isEqualTo(200);
        var metrics = send("GET", "/metrics", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(send("HEAD", "/metrics", null).body()).isEmpty();
        assertThat(send("HEAD", "/health", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/health/ready", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/health/live", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/nothing", null).statusCode()).as("no such path, and no token asked")
                .isEqualTo(404);
        for (String route : API_ROUTES.subList(0, 3)) {
            assertThat(send("OPTIONS", route, null).statusCode()).as("OPTIONS %s", route).isEqualTo(204);
        }
    }

    private static HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(api.uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request.build());
    }
}

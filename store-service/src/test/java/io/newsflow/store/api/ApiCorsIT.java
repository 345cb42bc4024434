package io.newsflow.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.store.TestArticles;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a browser meets when a page of another origin calls the API (NEWSFLOW_API_CORS_ORIGINS): the CORS header
 * fields on answers and preflights, for an origin allowed, one not allowed, any origin, and none configured.
 */
class ApiCorsIT {

    static final String PAGE = "https://news.example.org";
    static final String TOKEN = "7d1f0c2a9b4e4f6a8c3d5e7f9a1b2c3d";

    @TempDir
    Path dataDir;

    @Test
    void an_allowed_origin_gets_its_own_name_back_on_every_answer_errors_included() throws Exception {
        try (var api = start(new ApiAccess(TOKEN, List.of(PAGE, "http://localhost:3000")))) {
            HttpHeaders ok = send(api, "GET", "/api/articles", "Origin", PAGE, "Authorization", "Bearer " + TOKEN);
            HttpHeaders unauthorized = send(api, "GET", "/api/articles", "Origin", "http://localhost:3000");
            HttpHeaders notFound = send(api, "GET", "/api/nothing", "Origin", PAGE, "Authorization", "Bearer " + TOKEN);

            for (HttpHeaders answer : List.of(ok, unauthorized, notFound)) {
                assertThat(answer.firstValue("Vary")).hasValue("Origin");
                assertThat(answer.firstValue("Access-Control-Allow-Methods")).as("only preflights say").isEmpty();
            }
            assertThat(ok.firstValue("Access-Control-Allow-Origin")).hasValue(PAGE);
            assertThat(unauthorized.firstValue("Access-Control-Allow-Origin")).as("so the page can read its 401")
                    .hasValue("http://localhost:3000");
            assertThat(notFound.firstValue("Access-Control-Allow-Origin")).hasValue(PAGE);
        }
    }

    @Test
    void a_preflight_from_an_allowed_origin_learns_the_methods_and_headers_without_the_token() throws Exception {
        try (var api = start(new ApiAccess(TOKEN, List.of(PAGE)))) {
            String article = "/api/articles/" + TestArticles.natoMeeting().id();
            HttpResponse<String> preflight = exchange(api, "OPTIONS", article, "Origin", PAGE,
                    "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization");

            assertThat(preflight.statusCode()).isEqualTo(204);
            HttpHeaders headers = preflight.headers();
            assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue(PAGE);
            assertThat(headers.firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, OPTIONS");
            assertThat(headers.firstValue("Access-Control-Allow-Headers")).hasValue("Authorization, Content-Type");
            assertThat(headers.firstValue("Access-Control-Max-Age")).hasValue("3600");
            assertThat(headers.firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
            assertThat(headers.firstValue("Vary")).hasValue("Origin");
        }
    }

    @Test
    void another_origin_gets_no_cors_fields_and_so_no_access_from_its_page() throws Exception {
        try (var api = start(new ApiAccess(null, List.of(PAGE)))) {
            HttpHeaders get = send(api, "GET", "/api/articles", "Origin", "https://evil.example.com");
            HttpResponse<String> preflight = exchange(api, "OPTIONS", "/api/articles",
                    "Origin", "https://news.example.org.evil.example.com", "Access-Control-Request-Method", "GET");
            HttpHeaders sameSite = send(api, "GET", "/api/articles");

            assertThat(get.firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
            assertThat(sameSite.firstValue("Access-Control-Allow-Origin")).as("no Origin, no CORS").isEmpty();
            assertThat(sameSite.firstValue("Vary")).as("but caches still keep answers apart by origin")
                    .hasValue("Origin");
        }
    }

    @Test
    void a_star_allows_every_origin_by_its_own_name() throws Exception {
        try (var api = start(new ApiAccess(null, List.of("*")))) {
            HttpHeaders answer = send(api, "GET", "/health", "Origin", "http://127.0.0.1:5173");

            assertThat(answer.firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:5173");
            assertThat(answer.firstValue("Vary")).hasValue("Origin");
        }
    }

    @Test
    void without_cors_origins_no_answer_carries_cors_fields() throws Exception {
        try (var api = start(ApiFixture.OPEN)) {
            HttpResponse<String> preflight = exchange(api, "OPTIONS", "/api/articles",
                    "Origin", PAGE, "Access-Control-Request-Method", "GET");
            HttpHeaders get = send(api, "GET", "/api/articles", "Origin", PAGE);

            for (HttpHeaders answer : List.of(preflight.headers(), get)) {
                assertThat(answer.map().keySet()).noneMatch(name -> name.startsWith("access-control-"));
                assertThat(answer.firstValue("Vary")).isEmpty();
            }
        }
    }

    private ApiFixture start(ApiAccess access) {
        return new ApiFixture(dataDir, access, List.of(TestArticles.natoMeeting()));
    }

    private HttpHeaders send(ApiFixture api, String method, String path, String... headers) throws Exception {
        return exchange(api, method, path, headers).headers();
    }

    private HttpResponse<String> exchange(ApiFixture api, String method, String path, String... headers)
            throws Exception {
        var request = HttpRequest.newBuilder(api.uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return api.send(request.build());
    }
}

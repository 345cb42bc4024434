package io.newsflow.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Json;
import io.newsflow.store.TestArticles;
import io.newsflow.store.api.ApiAccess;
import io.newsflow.store.api.ApiFixture;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web pages over HTTP, on a real server holding the seeds: their status, type and escaping, their errors, and
 * the token rule they share with {@code /api/*}. What a browser makes of them is {@link WebPagesBrowserIT}'s.
 */
class WebPagesIT {

    private static final String TOKEN = "7d1f0c2a9b4e4f6a8c3d5e7f9a1b2c3d";
    private static final String HTML = "text/html; charset=utf-8";
    private static final List<String> PAGES = List.of("/", "/search", "/search?q=bucha%20civilians&from=2022-04-01",
            "/articles/dbfff33aade49579ffa7ce333f2f17c6", "/entities/organization:nato",
            "/entities/organization:nato?from=2022-04-01&to=2022-04-30&limit=3");

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_page_is_utf8_html_and_HEAD_answers_its_status_and_headers() throws Exception {
        try (var store = new ApiFixture(dataDir, ApiFixture.OPEN, TestArticles.seeds())) {
            for (String page : PAGES) {
                HttpResponse<String> get = send(store, "GET", page, null);
                HttpResponse<String> head = send(store, "HEAD", page, null);

                assertThat(get.statusCode()).as("GET %s", page).isEqualTo(200);
                assertThat(get.headers().firstValue("Content-Type")).as(page).hasValue(HTML);
                assertThat(get.body()).as(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                        .contains("<link rel=\"stylesheet\" href=\"/newsflow.css\">").doesNotContain("<script");
                assertThat(head.statusCode()).isEqualTo(200);
                assertThat(head.headers().firstValue("Content-Length"))
                        .hasValue(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
            }
            HttpResponse<String> css = send(store, "GET", "/newsflow.css", null);
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
            assertThat(css.body()).contains("mark.date");
        }
    }

    @Test
    void a_bad_search_is_a_400_page_that_says_what_the_api_says() throws Exception {
        try (var store = new ApiFixture(dataDir, ApiFixture.OPEN, TestArticles.seeds())) {
            for (String q : List.of("\"war crimes", "-russia", "bucha OR")) {
                String query = "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
                HttpResponse<String> api = send(store, "GET", "/api/articles" + query, null);
                HttpResponse<String> page = send(store, "GET", "/search" + query, null);

                String said = Json.tree(api.body().getBytes(StandardCharsets.UTF_8)).get("error").asText();
                assertThat(page.statusCode()).as(q).isEqualTo(400);
                assertThat(page.headers().firstValue("Content-Type")).hasValue(HTML);
                assertThat(page.body()).as(q)
                        .contains("<p class=\"error\" role=\"alert\">" + Html.escape(said) + "</p>")
                        .as("the words stay in the search box, to be corrected")
                        .contains("name=\"q\" value=\"" + Html.escape(q) + "\"");
            }
            assertThat(send(store, "GET", "/search?from=2022-13-01", null).body())
                    .contains(Html.escape("from=\"2022-13-01\": expected an ISO date YYYY-MM-DD"));
        }
    }

    @Test
    void an_unknown_article_entity_or_parameter_is_a_page_with_its_status() throws Exception {
        try (var store = new ApiFixture(dataDir, ApiFixture.OPEN, TestArticles.seeds())) {
            HttpResponse<String> article = send(store, "GET", "/articles/0000", null);
            HttpResponse<String> entity = send(store, "GET", "/entities/person:nobody", null);
            HttpResponse<String> parameter = send(store, "GET", "/articles/dbfff33aade49579ffa7ce333f2f17c6?x=1", null);
            HttpResponse<String> range = send(store, "GET", "/entities/organization:nato?from=2023-01-01", null);

            assertThat(article.statusCode()).isEqualTo(404);
            assertThat(article.body()).contains("No article with id &quot;0000&quot;.");
            assertThat(entity.statusCode()).isEqualTo(404);
            assertThat(entity.body()).contains("No stored article names an entity with key &quot;person:nobody&quot;.");
            assertThat(range.statusCode()).isEqualTo(404);
            assertThat(range.body()).contains("in that range.");
            assertThat(parameter.statusCode()).isEqualTo(400);
            assertThat(parameter.headers().firstValue("Content-Type")).hasValue(HTML);
            assertThat(parameter.body()).contains("unknown parameter &quot;x&quot;");
            assertThat(send(store, "GET", "/articles/a/b", null).statusCode()).as("no such page").isEqualTo(404);
        }
    }

    @Test
    void markup_in_an_article_is_shown_as_text_never_run() throws Exception {
        String text = "<script>alert(1)</script> Acme said \"<img src=x onerror=alert(2)>\" on Monday.";
        EnrichedArticle hostile = TestArticles.article("<b>Acme</b> & \"friends\"", LocalDate.of(2022, 4, 5), text,
                List.of(TestArticles.entity(text, "ORGANIZATION", "Acme", 1.0, "Acme")),
                List.of(TestArticles.date(text, "Monday", "2022-04-04", true)));
        try (var store = new ApiFixture(dataDir, ApiFixture.OPEN, List.of(hostile))) {
            var pages = new ArrayList<String>();
            for (String page : List.of("/", "/articles/" + hostile.id(), "/entities/organization:acme",
                    "/search?q=acme")) {
                pages.add(send(store, "GET", page, null).body());
            }

            assertThat(pages).allSatisfy(page -> assertThat(page).doesNotContain("<script", "<img", "<b>Acme")
                    .contains("&lt;b&gt;Acme&lt;/b&gt; &amp; &quot;friends&quot;"));
            assertThat(pages.get(1)).contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark class=\"entity"
                    + " organization\"");
        }
    }

    @Test
    void with_a_token_configured_the_pages_need_it_as_the_api_does_and_health_stays_open() throws Exception {
        var access = new ApiAccess(TOKEN, List.of());
        try (var store = new ApiFixture(dataDir, access, TestArticles.seeds())) {
            for (String page : Stream.concat(PAGES.stream(), Stream.of("/newsflow.css", "/articles/0000")).toList()) {
                HttpResponse<String> without = send(store, "GET", page, null);
                HttpResponse<String> wrong = send(store, "GET", page, "Bearer " + TOKEN.substring(1));
                HttpResponse<String> with = send(store, "GET", page, "Bearer " + TOKEN);

                assertThat(without.statusCode()).as(page).isEqualTo(401);
                assertThat(without.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
                assertThat(without.body()).isEqualTo("{\"status\":401,\"error\":\"missing bearer token: expected"
                        + " the header Authorization: Bearer <token>\"}");
                assertThat(wrong.statusCode()).as(page).isEqualTo(401);
                assertThat(with.statusCode()).as(page).isEqualTo(page.endsWith("0000") ? 404 : 200);
            }
            assertThat(send(store, "GET", "/health", null).statusCode()).isEqualTo(200);
            assertThat(send(store, "GET", "/nothing", null).statusCode()).isEqualTo(404);
        }
    }

    private HttpResponse<String> send(ApiFixture store, String method, String path, String authorization)
            throws Exception {
        var request = HttpRequest.newBuilder(store.uri(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package io.newsflow.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Json;
import io.newsflow.store.TestArticles;
import io.newsflow.store.consume.ConsumerStatus;
import io.newsflow.store.consume.ConsumerStatus.State;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API as a client sees it: a real server on a free port over a real SQLite file holding three articles,
 * asked with {@link HttpClient}. The consumer is stood in for by its status, which the health test changes.
 */
class ArticlesApiIT {

    @TempDir
    static Path dataDir;

    static ApiFixture api;
    static final EnrichedArticle nato = TestArticles.natoMeeting();
    static final EnrichedArticle bucha = TestArticles.withProvenance(TestArticles.buchaStatement(), "json",
            "windows-1252", List.of("the file is not valid UTF-8: decoded as Windows-1252"),
            "https://example.org/2022/04/bucha");

    /** A response: status and parsed JSON body. */
    record Response(int status, JsonNode body) {
    }

    @BeforeAll
    static void startServer() {
        api = new ApiFixture(dataDir, ApiFixture.OPEN, List.of(TestArticles.kyivReport(), nato, bucha));
    }

    @AfterAll
    static void stopServer() {
        api.close();
    }

    @Test
    void GET_articles_lists_every_article_newest_first_with_counts() throws Exception {
        Response response = get("/api/articles");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("total").asLong()).isEqualTo(3);
        assertThat(response.body().get("limit").asInt()).isEqualTo(20);
        assertThat(response.body().get("offset").asInt()).isZero();
        JsonNode first = response.body().get("items").get(0);
        assertThat(first.get("id").asText()).isEqualTo(nato.id());
        assertThat(first.get("title").asText()).isEqualTo("Blinken meets Stoltenberg");
        assertThat(first.get("publishedDate").asText()).isEqualTo("2022-04-08");
        assertThat(first.get("sourcePath").asText()).isEqualTo(nato.source().path());
        assertThat(first.get("entityCount").asInt()).isEqualTo(4);
        assertThat(first.get("dateCount").asInt()).isEqualTo(1);
    }

    @Test
    void GET_articles_filters_by_entity_entity_type_and_date_range() throws Exception {
        assertThat(titles("/api/articles?entity=person:joe-biden")).containsExactly("Biden on Bucha");
        assertThat(titles("/api/articles?entity=Jens%20Stoltenberg")).containsExactly("Blinken meets Stoltenberg");
        assertThat(titles("/api/articles?entityType=organization"))
                .containsExactly("Blinken meets Stoltenberg", "Biden on Bucha");
        assertThat(titles("/api/articles?from=2022-03-01&to=2022-04-04"))
                .containsExactly("Biden on Bucha", "Kyiv reopens");
        assertThat(titles("/api/articles?entity=Ukraine&from=2022-04-01")).containsExactly("Biden on Bucha");
    }

    @Test
    void GET_articles_with_q_searches_title_and_text_ranked_with_a_marked_snippet_and_combines_with_filters()
            throws Exception {
        assertThat(titles("/api/articles?q=ukraine")).containsExactlyInAnyOrder("Biden on Bucha", "Kyiv reopens");
        assertThat(titles("/api/articles?q=ukraine%20-biden")).containsExactly("Kyiv reopens");
        assertThat(titles("/api/articles?q=%22stands%20united%22")).containsExactly("Blinken meets Stoltenberg");
        assertThat(titles("/api/articles?q=bucha%20OR%20brussels&from=2022-04-05"))
                .containsExactly("Blinken meets Stoltenberg");

        JsonNode hit = get("/api/articles?q=united").body().at("/items/0");
        assertThat(hit.get("snippet").asText()).contains("<mark>united</mark>");
        assertThat(get("/api/articles").body().at("/items/0").has("snippet")).as("no search, no snippet").isFalse();
    }

    @Test
    void GET_articles_with_bad_search_syntax_is_a_400_that_says_what_is_wrong() throws Exception {
        Response response = get("/api/articles?q=%22war%20crimes");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("error").asText()).isEqualTo("q=\"\\\"war crimes\": the phrase opened by the "
                + "quote at character 1 has no closing quote");
        assertThat(get("/api/articles?q=-russia").body().get("error").asText()).isEqualTo("q=\"-russia\": expected "
                + "at least one word or \"phrase\" to search for besides the excluded ones");
    }

    @Test
    void GET_entity_by_key_gives_its_timeline_companions_and_latest_articles_or_a_404() throws Exception {
        Response ukraine = get("/api/entities/location:ukraine?limit=2");

        assertThat(ukraine.status()).isEqualTo(200);
        assertThat(ukraine.body().get("name").asText()).isEqualTo("Ukraine");
        assertThat(ukraine.body().get("timeline")).extracting(day -> day.get("day").asText())
                .containsExactly("2022-03-30", "2022-04-04");
        assertThat(ukraine.body().get("coMentioned")).hasSize(2);
        assertThat(ukraine.body().at("/latestArticles/0/title").asText()).isEqualTo("Biden on Bucha");

        Response unknown = get("/api/entities/location:atlantis");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("error").asText())
                .isEqualTo("no stored article names an entity with key \"location:atlantis\"");
        assertThat(get("/api/entities/location:ukraine?from=2022-05-01&to=2022-04-01").status()).isEqualTo(400);
        assertThat(get("/api/entities/location:ukraine?type=LOCATION").status()).as("unknown parameter").isEqualTo(400);
    }

    @Test
    void GET_articles_pages_with_limit_and_offset() throws Exception {
        Response page = get("/api/articles?limit=1&offset=1");

        assertThat(page.body().get("total").asLong()).as("total counts every match, not the page").isEqualTo(3);
        assertThat(page.body().get("items")).hasSize(1);
        assertThat(page.body().get("items").get(0).get("title").asText()).isEqualTo("Biden on Bucha");
    }

    @Test
    void GET_article_by_id_returns_it_shaped_like_the_event_with_mentions_and_dates() throws Exception {
        Response response = get("/api/articles/" + nato.id());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("storedAt").asText()).isNotBlank();
        EnrichedArticle article = Json.read(Json.write(response.body()), EnrichedArticle.class);
        assertThat(article).as("the body reads back as the stored event").isEqualTo(nato);
        assertThat(response.body().at("/entities/0/mentions/1/text").asText()).isEqualTo("Blinken");
        assertThat(response.body().at("/dates/0/value").asText()).isEqualTo("2022-04-05/2022-04-07");
    }

    @Test
    void GET_article_by_id_returns_the_full_source_as_the_event_carried_it() throws Exception {
        JsonNode withProvenance = get("/api/articles/" + bucha.id()).body().get("source");
        JsonNode without = get("/api/articles/" + nato.id()).body().get("source");

        assertThat(withProvenance.get("format").asText()).isEqualTo("json");
        assertThat(withProvenance.get("encoding").asText()).isEqualTo("windows-1252");
        assertThat(withProvenance.get("warnings")).extracting(JsonNode::asText)
                .containsExactly("the file is not valid UTF-8: decoded as Windows-1252");
        assertThat(withProvenance.get("url").asText()).isEqualTo("https://example.org/2022/04/bucha");
        assertThat(without.fieldNames()).toIterable().as("fields the event did not carry are left out, not null")
                .containsExactly("fileName", "path", "sizeBytes", "sha256");
    }

    @Test
    void GET_unknown_article_is_a_404_with_a_json_error() throws Exception {
        Response response = get("/api/articles/0123456789abcdef0123456789abcdef");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("error").asText())
                .isEqualTo("no article with id \"0123456789abcdef0123456789abcdef\"");
    }

    @Test
    void bad_parameters_are_a_400_naming_the_parameter_and_the_expected_form() throws Exception {
        assertThat(error("/api/articles?from=2022-13-01"))
                .isEqualTo("from=\"2022-13-01\": expected an ISO date YYYY-MM-DD");
        assertThat(error("/api/articles?limit=500")).isEqualTo("limit=\"500\": expected a whole number 1-100");
        assertThat(error("/api/articles?offset=-1"))
                .isEqualTo("offset=\"-1\": expected a whole number 0-2147483647");
        assertThat(error("/api/articles?from=2022-04-05&to=2022-04-01"))
                .isEqualTo("from=\"2022-04-05\" is after to=\"2022-04-01\": expected from <= to");
        assertThat(error("/api/articles?entitty=nato"))
                .isEqualTo("unknown parameter \"entitty\": expected one of entity, entityType, from, limit, offset, q, to");
        assertThat(error("/api/entities?type=per%20son"))
                .isEqualTo("type=\"per son\": expected an entity type such as PERSON, ORGANIZATION or LOCATION");
    }

    @Test
    void GET_entities_lists_the_entities_named_by_most_articles() throws Exception {
        Response all = get("/api/entities?limit=1");
        Response people = get("/api/entities?type=person");

        assertThat(all.body().get("items")).hasSize(1);
        JsonNode top = all.body().at("/items/0");
        assertThat(top.get("key").asText()).isEqualTo("location:ukraine");
        assertThat(top.get("name").asText()).isEqualTo("Ukraine");
        assertThat(top.get("type").asText()).isEqualTo("LOCATION");
        assertThat(top.get("articleCount").asLong()).isEqualTo(2);
        assertThat(top.get("mentionCount").asLong()).isEqualTo(2);
        assertThat(people.body().get("type").asText()).isEqualTo("PERSON");
        assertThat(people.body().findValuesAsText("name"))
                .containsExactly("Antony Blinken", "Jens Stoltenberg", "Joe Biden");
    }

    @Test
    void GET_entities_pages_with_limit_and_offset_as_articles_do() throws Exception {
        Response page = get("/api/entities?type=person&limit=1&offset=1");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().fieldNames()).toIterable().as("the article list's page fields, and the type")
                .containsExactly("items", "total", "limit", "offset", "type");
        assertThat(page.body().get("total").asLong()).as("total counts every match, not the page").isEqualTo(3);
        assertThat(page.body().get("limit").asInt()).isEqualTo(1);
        assertThat(page.body().get("offset").asInt()).isEqualTo(1);
        assertThat(page.body().findValuesAsText("name")).containsExactly("Jens Stoltenberg");
        assertThat(error("/api/entities?offset=x")).isEqualTo("offset=\"x\": expected a whole number 0-2147483647");
    }

    @Test
    void unknown_paths_are_a_404_and_other_methods_a_405() throws Exception {
        assertThat(get("/api/nothing").status()).isEqualTo(404);
        assertThat(get("/api/articles/a/b").status()).isEqualTo(404);
        assertThat(get("/api/entitiesX").status()).isEqualTo(404);

        var post = api.send(HttpRequest.newBuilder(uri("/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(Json.tree(post.body().getBytes()).get("error").asText()).contains("read-only");
    }

    @Test
    void health_is_up_while_the_consumer_runs_and_503_while_it_retries() throws Exception {
        Response up = get("/health");
        api.consumer.set(new ConsumerStatus(State.RETRYING, "cannot store 3 articles: Connection refused"));
        Response down;
        try {
            down = get("/health");
        } finally {
            api.consumer.set(new ConsumerStatus(State.RUNNING, null));
        }

        assertThat(up.status()).isEqualTo(200);
        assertThat(up.body().get("status").asText()).isEqualTo("UP");
        assertThat(up.body().get("database").asText()).isEqualTo("UP");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.body().get("status").asText()).isEqualTo("DOWN");
        assertThat(down.body().get("consumer").asText()).isEqualTo("RETRYING");
        assertThat(down.body().get("detail").asText()).contains("Connection refused");
    }

    private static URI uri(String path) {
        return api.uri(path);
    }

    private static Response get(String path) throws IOException, InterruptedException {
        var response = api.send(HttpRequest.newBuilder(uri(path)).GET().build());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return new Response(response.statusCode(), Json.tree(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> titles(String path) throws Exception {
        Response response = get(path);
        assertThat(response.status()).as("GET %s", path).isEqualTo(200);
        return response.body().get("items").findValuesAsText("title");
    }

    private static String error(String path) throws Exception {
        Response response = get(path);
        assertThat(response.status()).as("GET %s", path).isEqualTo(400);
        return response.body().get("error").asText();
    }
}

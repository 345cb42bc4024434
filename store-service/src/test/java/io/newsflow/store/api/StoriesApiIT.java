package io.newsflow.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.StoryAssignment;
import io.newsflow.store.TestArticles;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories as a client reads them: a real server over a real SQLite file with two stories of three articles. */
class StoriesApiIT {

    @TempDir
    static Path dataDir;

    static ApiFixture api;
    static final EnrichedArticle nato = TestArticles.natoMeeting();
    static final EnrichedArticle kyiv = TestArticles.kyivReport();
    static final EnrichedArticle bucha = TestArticles.buchaStatement();
    static final Instant T0 = Instant.parse("2022-04-05T08:00:00Z");

    record Response(int status, JsonNode body) {
    }

    @BeforeAll
    static void startServer() {
        api = new ApiFixture(dataDir, ApiFixture.OPEN, List.of(nato, kyiv, bucha), List.of(
                assignment(nato, nato.id(), null, null, T0),
                assignment(kyiv, nato.id(), nato.id(), 0.31, T0.plusSeconds(120)),
                assignment(bucha, bucha.id(), null, null, T0.plusSeconds(60))));
    }

    @AfterAll
    static void stopServer() {
        api.close();
    }

    @Test
    void GET_stories_lists_the_newest_activity_first_and_minArticles_keeps_the_ones_with_versions() throws Exception {
        Response all = get("/api/stories");
        Response withVersions = get("/api/stories?minArticles=2");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("total").asLong()).isEqualTo(2);
        assertThat(all.body().get("items").findValuesAsText("id")).containsExactly(nato.id(), bucha.id());
        JsonNode story = withVersions.body().get("items").get(0);
        assertThat(withVersions.body().get("total").asLong()).isEqualTo(1);
        assertThat(story.get("title").asText()).isEqualTo(nato.title());
        assertThat(story.get("articleCount").asInt()).isEqualTo(2);
        assertThat(story.get("firstSeen").asText()).isEqualTo("2022-04-05T08:00:00Z");
        assertThat(story.get("lastUpdated").asText()).isEqualTo("2022-04-05T08:02:00Z");
    }

    @Test
    void GET_a_story_has_its_versions_oldest_first_with_their_links_and_its_top_entities() throws Exception {
        Response response = get("/api/stories/" + nato.id());

        assertThat(response.status()).isEqualTo(200);
        JsonNode versions = response.body().get("articles");
        assertThat(versions.findValuesAsText("id")).containsExactly(nato.id(), kyiv.id());
        assertThat(versions.get(0).get("nearestEarlier").isNull()).isTrue();
        assertThat(versions.get(1).get("nearestEarlier").asText()).isEqualTo(nato.id());
        assertThat(versions.get(1).get("similarity").asDouble()).isEqualTo(0.31);
        assertThat(versions.get(1).get("publishedDate").asText()).isEqualTo(kyiv.publishedDate().toString());
        assertThat(response.body().get("topEntities").findValuesAsText("key")).isNotEmpty();
    }

    @Test
    void an_article_names_its_story() throws Exception {
        JsonNode story = get("/api/articles/" + kyiv.id()).body().get("story");

        assertThat(story.get("id").asText()).isEqualTo(nato.id());
        assertThat(story.get("nearestEarlier").asText()).isEqualTo(nato.id());
        assertThat(story.get("similarity").asDouble()).isEqualTo(0.31);
        assertThat(story.get("articleCount").asInt()).isEqualTo(2);
    }

    @Test
    void an_unknown_story_is_a_404_and_a_bad_minArticles_a_400_naming_it() throws Exception {
        Response unknown = get("/api/stories/nope");
        Response bad = get("/api/stories?minArticles=0");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("error").asText()).isEqualTo("no story with id \"nope\"");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("error").asText()).contains("minArticles=\"0\"").contains("1-100");
    }

    private static StoryAssignment assignment(EnrichedArticle article, String story, String nearest, Double similarity,
                                              Instant ingestedAt) {
        return new StoryAssignment(article.id(), StoryAssignment.SCHEMA_VERSION, story, nearest, similarity,
                ingestedAt, StoryAssignment.METHOD);
    }

    private static Response get(String path) throws IOException, InterruptedException {
        var response = api.send(HttpRequest.newBuilder(api.uri(path)).GET().build());
        return new Response(response.statusCode(), Json.tree(response.body().getBytes(StandardCharsets.UTF_8)));
    }
}

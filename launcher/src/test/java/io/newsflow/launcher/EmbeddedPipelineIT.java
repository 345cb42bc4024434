package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.StoryAssignment;
import io.newsflow.contracts.Topics;
import io.newsflow.logging.NewsflowLayout;
import io.newsflow.testing.EventSchemas;
import io.newsflow.testing.KafkaFixture;
import io.newsflow.testing.MetricsPage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The embedded default end to end, wired exactly as {@code ./newsflow run} wires it: the seeds become queryable
 * with their entities and dates, a dropped JSON file arrives with its web address, one /metrics counts every stage,
 * and a restart on the same data folder duplicates nothing.
 */
class EmbeddedPipelineIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(90);

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();
    private final EventSchemas schemas = new EventSchemas();

    @Test
    void seeds_become_queryable_a_dropped_file_arrives_and_a_restart_keeps_exactly_three_articles() throws Exception {
        // given a copy of the project's seeds as the inbox
        Path inbox = Seeds.copyInto(work.resolve("inbox"));
        var options = new RunOptions(inbox, work.resolve("data"), 0, 0);
        var log = new ListAppender<ILoggingEvent>();
        log.start();
        newsflowLogger().addAppender(log);

        try (var pipeline = EmbeddedPipeline.start(Map.of(), options)) {
            URI api = pipeline.apiAddress();

            // then both seeds become queryable with their entities and dates
            await().atMost(ARRIVAL).until(() -> total(api) == 2);
            // and they are stored exactly as the store's README-example fixture has them
            assertTheStoresSeedFixtureIsThisRun(api);
            // and the two seeds, one event told twice, are one story: on the topic and through the API
            assertTheSeedsAreOneStory(api, KafkaFixture.attach(pipeline.bootstrapServers()));
            // and the log says so, as the README's quick start shows it
            newsflowLogger().detachAppender(log);
            assertTheReadmeShowsThisLog(log.list);
            var entities = new ArrayList<String>();
            var dates = new ArrayList<String>();
            for (JsonNode item : get(api, "api/articles").get("items")) {
                JsonNode article = get(api, "api/articles/" + item.get("id").asText());
                article.get("entities").forEach(e -> entities.add(e.get("name").asText() + "/" + e.get("type").asText()));
                article.get("dates").forEach(d -> dates.add(d.get("text").asText() + "=" + d.get("value").asText()));
            }
            assertThat(entities).contains("Antony Blinken/PERSON", "Jens Stoltenberg/PERSON", "Joe Biden/PERSON",
                    "NATO/ORGANIZATION", "G7/ORGANIZATION",
                    "Bucha/LOCATION", "Brussels/LOCATION", "Ukraine/LOCATION", "Kyiv/LOCATION");
            assertThat(dates).contains("April 5-7=2022-04-05/2022-04-07", "Sunday, April 3=2022-04-03");

            // when a third article is dropped into the inbox, as JSON with its web address, beside an empty file
            Files.writeString(inbox.resolve("empty.txt"), "");
            Files.writeString(inbox.resolve("third.json"), """
                    {"date": "2022-04-06", "url": "https://example.org/2022/04/06/nato",
                     "text": "Jens Stoltenberg met Antony Blinken in Brussels on Wednesday."}
                    """);

            // then it arrives too, with where it came from
            await().atMost(ARRIVAL).until(() -> total(api) == 3);
            assertThat(get(api, "api/articles?entity=Antony%20Blinken").get("total").asInt()).isEqualTo(2);
            JsonNode third = get(api, "api/articles?from=2022-04-06&to=2022-04-06").at("/items/0");
            assertThat(third.get("sourcePath").asText()).isEqualTo("third.json");
            JsonNode source = get(api, "api/articles/" + third.get("id").asText()).get("source");
            assertThat(source.get("format").asText()).isEqualTo("json");
            assertThat(source.get("encoding").asText()).isEqualTo("UTF-8");
            assertThat(source.get("url").asText()).isEqualTo("https://example.org/2022/04/06/nato");

            // and the store's /metrics shows the whole process: each stage counted all three once, the empty file
            // by its reason, and every series the Grafana dashboard charts is there
            await().atMost(ARRIVAL).untilAsserted(() -> {
                var page = MetricsPage.scrape(api);
                assertThat(page.value("newsflow_ingest_files_seen_total")).hasValue(4.0);
                assertThat(page.value("newsflow_ingest_files_published_total")).hasValue(3.0);
                assertThat(page.value("newsflow_ingest_files_failed_total{reason=\"empty\"}")).hasValue(1.0);
                assertThat(page.value("newsflow_enrich_articles_tagged_total")).hasValue(3.0);
                assertThat(page.value("newsflow_store_articles_saved_total")).hasValue(3.0);
                assertThat(dashboardSeries())
                        .contains("newsflow_ingest_files_failed_total", "kafka_consumer_fetch_manager_records_lag")
                        .allSatisfy(series -> assertThat(page.text()).as(series)
                        .containsPattern("(?m)^" + series + "[{ ]"));
            });
        }

        // when the pipeline restarts on the same data folder
        try (var pipeline = EmbeddedPipeline.start(Map.of(), options)) {
            URI api = pipeline.apiAddress();
            await().atMost(ARRIVAL).until(() -> get(api, "health").get("status").asText().equals("UP"));

            // then the store still holds exactly three articles, and nothing was published or enriched twice
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> total(api) == 3);
            var kafka = KafkaFixture.attach(pipeline.bootstrapServers());
            assertThat(kafka.readBytes(Topics.RAW.name(), 3, ARRIVAL)).hasSize(3)
                    .allSatisfy(r -> assertThat(schemas.violations(EventSchemas.RAW_ARTICLE, Json.tree(r.value()))).isEmpty());
            assertThat(kafka.readBytes(Topics.ENRICHED.name(), 3, ARRIVAL)).hasSize(3)
                    .allSatisfy(r -> assertThat(schemas.violations(EventSchemas.ENRICHED_ARTICLE, Json.tree(r.value()))).isEmpty());
        }
    }

    /**
     * The store's tests serve the README's API examples from a fixture of the seeds as the pipeline stores them; it
     * must be what this run stores, times aside, or a tagger change would leave the README showing old tags.
     */
    private void assertTheStoresSeedFixtureIsThisRun(URI api) throws IOException, InterruptedException {
        Path fixture = Path.of("..", "store-service", "src", "test", "resources", "io", "newsflow", "store",
                "seeds-enriched.jsonl");
        List<String> lines = Files.readAllLines(fixture);
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            ObjectNode expected = withoutTimes(Json.tree(line.getBytes(StandardCharsets.UTF_8)));
            ObjectNode stored = withoutTimes(get(api, "api/articles/" + expected.get("id").asText()));
            stored.remove("storedAt");
            stored.remove("story");
            assertThat(stored).as("%s as stored, against %s (regenerate it from GET /api/articles/{id} of a run on "
                    + "the seeds)", expected.get("id").asText(), fixture).isEqualTo(expected);
        }
    }

    private void assertTheSeedsAreOneStory(URI api, KafkaFixture kafka) throws IOException, InterruptedException {
        var latest = new TreeMap<String, StoryAssignment>();
        // Each seed is first alone, then the later one is linked to the earlier: three assignments.
        for (var record : kafka.readBytes(Topics.STORIES.name(), 3, ARRIVAL)) {
            assertThat(schemas.violations(EventSchemas.STORY_ASSIGNMENT, Json.tree(record.value()))).isEmpty();
            latest.put(new String(record.key(), StandardCharsets.UTF_8),
                    Json.read(record.value(), StoryAssignment.class));
        }
        assertThat(latest).hasSize(2);
        assertThat(latest.values()).extracting(StoryAssignment::storyId).containsOnly(
                latest.values().stream().filter(a -> a.nearestEarlier() == null).findFirst().orElseThrow().storyId());
        // as the store's README-example fixture has them, the times aside
        Path fixture = Path.of("..", "store-service", "src", "test", "resources", "io", "newsflow", "store",
                "seeds-stories.jsonl");
        for (String line : Files.readAllLines(fixture)) {
            StoryAssignment expected = Json.read(line.getBytes(StandardCharsets.UTF_8), StoryAssignment.class);
            assertThat(latest.get(expected.articleId())).as("%s against %s", expected.articleId(), fixture)
                    .usingRecursiveComparison().ignoringFields("ingestedAt").isEqualTo(expected);
        }
        await().atMost(ARRIVAL).until(() -> get(api, "api/stories?minArticles=2").get("total").asInt() == 1);
        JsonNode story = get(api, "api/stories/" + latest.values().iterator().next().storyId());
        assertThat(story.get("articleCount").asInt()).isEqualTo(2);
        assertThat(story.get("articles").findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(latest.keySet());
    }

    private static ObjectNode withoutTimes(JsonNode article) {
        var copy = (ObjectNode) article.deepCopy();
        copy.remove("ingestedAt");
        ((ObjectNode) copy.get("lineage")).remove("enrichedAt");
        return copy;
    }

    private static Logger newsflowLogger() {
        return (Logger) LoggerFactory.getLogger("io.newsflow");
    }

    /**
     * The quick start's log block is this run's lines of each stage, and the JSON log example is this run's line for
     * seed 000, each as printed but for the milliseconds and the time, which differ from run to run.
     */
    private static void assertTheReadmeShowsThisLog(List<ILoggingEvent> events) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> stages = events.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.startsWith("ingest batch ") || line.startsWith("enrich tagged ")
                        || line.startsWith("store saved "))
                .map(EmbeddedPipelineIT::withoutTimings).toList();
        int block = readme.indexOf("```\ningest batch published=");
        List<String> shown = readme.substring(block + 4, readme.indexOf("```", block + 4)).lines()
                .map(EmbeddedPipelineIT::withoutTimings).toList();
        assertThat(stages).as("the README's quick start log").containsExactlyInAnyOrderElementsOf(shown);

        ILoggingEvent tagged = events.stream()
                .filter(e -> e.getFormattedMessage().startsWith("enrich tagged id=696955b682e9f4e2e4b0ece6febf6fbb "))
                .findFirst().orElseThrow();
        var layout = new NewsflowLayout("json");
        layout.setContext(newsflowLogger().getLoggerContext());
        layout.start();
        String shownJson = readme.lines().filter(line -> line.startsWith("{\"time\":")).findFirst().orElseThrow();
        assertThat(withoutTimings(layout.doLayout(tagged).strip())).as("the README's JSON log line")
                .isEqualTo(withoutTimings(shownJson));
    }

    private static String withoutTimings(String line) {
        return line.replaceAll("ms(=|\":\")\\d+", "ms$1_").replaceAll("\"time\":\"[^\"]+\"", "\"time\":\"_\"");
    }

    /** The meters the Grafana dashboard's queries name: Newsflow's, Kafka's, the JVM's and the pool's. */
    private static Set<String> dashboardSeries() throws IOException {
        var names = new TreeSet<String>();
        var series = Pattern.compile("\\b(?:newsflow|kafka|jvm|process|hikaricp)_[a-z_]+");
        for (JsonNode expr : Json.tree(Files.readAllBytes(Path.of("..", "ops", "grafana", "newsflow-dashboard.json")))
                .findValues("expr")) {
            series.matcher(expr.asText()).results().forEach(match -> names.add(match.group()));
        }
        return names;
    }

    private int total(URI api) throws IOException, InterruptedException {
        return get(api, "api/articles").get("total").asInt();
    }

    private JsonNode get(URI api, String path) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(api.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return Json.tree(response.body());
    }
}

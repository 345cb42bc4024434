package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.tagging.BuiltinTagger;
import io.newsflow.enrich.tagging.RulesTagger;
import io.newsflow.launcher.bench.ArticleGenerator;
import io.newsflow.launcher.bench.GeneratedArticle;
import io.newsflow.testing.KafkaFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagger upgrade over history: the seeds, tagged by one tagger as the pipeline ran, are tagged again by another
 * with {@code newsflow reenrich} beside the running pipeline; the store ends with one row per article, each naming
 * the new tagger's version, and the same command run again finds nothing left to do.
 */
class ReenrichIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(90);
    private static final Pattern PROGRESS = Pattern.compile("reenrich: (\\d+)/(\\d+) raw offsets read .*");

    @TempDir
    Path work;

    @Test
    void the_seeds_tagged_by_the_rules_are_re_enriched_by_the_model_once_and_the_store_keeps_the_newest()
            throws Exception {
        try (var kafka = KafkaFixture.embedded()) {
            // given the seeds stored as the rules tagger tagged them
            var options = new RunOptions(Seeds.copyInto(work.resolve("inbox")), work.resolve("data"), 0, 0);
            try (var pipeline = EmbeddedPipeline.startOn(kafka.bootstrapServers(),
                    Map.of("NEWSFLOW_ENRICH_TAGGER", "rules"), options)) {
                URI api = pipeline.apiAddress();
                await().atMost(ARRIVAL).until(() -> enrichers(api).equals(List.of(RulesTagger.NAME, RulesTagger.NAME)));

                // when the history is re-enriched with the built-in model
                var console = new Console();
                int status = console.type("reenrich", "--kafka", kafka.bootstrapServers(), "--data",
                        work.resolve("reenrich").toString(), "--tagger", "builtin");

                // then it ends by itself, and the store holds the same two articles, tagged by the model
                assertThat(status).as(console.errors()).isZero();
                assertThat(console.out()).startsWith("newsflow reenrich: run newsflow-reenrich-builtin-0.4.0 read ")
                        .contains("the articles published any..any are tagged by " + BuiltinTagger.NAME);
                assertThat(console.errors()).contains("reenrich: ").endsWith("(100%)\n");
                await().atMost(ARRIVAL).until(() -> enrichers(api).equals(
                        List.of(BuiltinTagger.NAME, BuiltinTagger.NAME)));
                assertThat(get(api, "api/articles").get("total").asInt()).isEqualTo(2);
                assertThat(kafka.readBytes(Topics.ENRICHED.name(), 4, ARRIVAL))
                        .as("each seed enriched once per tagger").hasSize(4);

                // when the same command runs again
                var again = new Console();
                assertThat(again.type("reenrich", "--kafka", kafka.bootstrapServers(), "--data",
                        work.resolve("reenrich").toString(), "--tagger", "builtin")).isZero();

                // then it resumes at its end: nothing is tagged twice
                assertThat(again.out()).contains("had read the raw topic to its end already; nothing left to tag");
                assertThat(kafka.readBytes(Topics.ENRICHED.name(), 5, Duration.ofSeconds(3))).hasSize(4);

                // and a run over a range none of the seeds is in tags nothing
                var later = new Console();
                assertThat(later.type("reenrich", "--kafka", kafka.bootstrapServers(), "--data",
                        work.resolve("reenrich").toString(), "--tagger", "rules", "--from", "2022-04-06")).isZero();
                assertThat(later.out()).contains("run newsflow-reenrich-rules-0.3.0-from-2022-04-06 read ");
                assertThat(kafka.readBytes(Topics.ENRICHED.name(), 5, Duration.ofSeconds(3))).hasSize(4);
                assertThat(enrichers(api)).containsOnly(BuiltinTagger.NAME);
            }
        }
    }

    @Test
    void a_run_killed_midway_resumes_from_its_last_commit_and_tags_every_article_exactly_once() throws Exception {
        try (var kafka = KafkaFixture.embedded()) {
            // given a raw topic with enough articles that a run takes several seconds
            kafka.createTopics(List.of(Topics.RAW, Topics.ENRICHED, Topics.DEAD_LETTER));
            int articles = 2000;
            publishGenerated(kafka.bootstrapServers(), articles);

            // when a run is killed (SIGKILL) once it has committed part of its work
            var killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", Path.of("target", "newsflow-launcher.jar").toString(), "reenrich", "--kafka",
                    kafka.bootstrapServers(), "--data", work.resolve("reenrich").toString())
                    .redirectOutput(work.resolve("killed.out").toFile())
                    .redirectError(work.resolve("killed.err").toFile())
                    .start();
            try {
                await().atMost(ARRIVAL).until(() -> partWayThrough(work.resolve("killed.err")));
            } finally {
                killed.destroyForcibly().waitFor();
            }

            // then the same command finishes what is left of it
            var resumed = new Console();
            assertThat(resumed.type("reenrich", "--kafka", kafka.bootstrapServers(), "--data",
                    work.resolve("reenrich").toString())).as(resumed.errors()).isZero();
            long readOnResume = Long.parseLong(resumed.out().replaceAll("(?s).* read (\\d+) raw offsets.*", "$1"));
            assertThat(readOnResume).as("the resumed run starts after the killed run's last commit")
                    .isPositive().isLessThan(articles);

            // and every article is on the enriched topic exactly once: the killed run's open transaction aborted
            var enriched = kafka.readBytes(Topics.ENRICHED.name(), articles, ARRIVAL);
            assertThat(enriched).hasSize(articles);
            assertThat(enriched.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).distinct())
                    .hasSize(articles);
        }
    }

    @Test
    void with_no_articles_yet_there_is_nothing_to_tag() {
        try (var kafka = KafkaFixture.embedded()) {
            var console = new Console();

            assertThat(console.type("reenrich", "--kafka", kafka.bootstrapServers(), "--data",
                    work.resolve("reenrich").toString())).as(console.errors()).isZero();
            assertThat(console.out()).isEqualTo("newsflow reenrich: the raw topic holds no articles yet; nothing to "
                    + "tag\n");
        }
    }

    /** Whether a run's progress line shows some of its work committed and some left. */
    private static boolean partWayThrough(Path progress) throws Exception {
        for (String line : Files.readAllLines(progress, StandardCharsets.UTF_8)) {
            var m = PROGRESS.matcher(line);
            if (m.matches()) {
                long read = Long.parseLong(m.group(1));
                if (read > 0 && read < Long.parseLong(m.group(2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void publishGenerated(String bootstrapServers, int count) {
        var generator = new ArticleGenerator(ArticleGenerator.DEFAULT_SEED, 3000);
        LocalDate day = LocalDate.of(2022, 4, 5);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers),
                Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer())) {
            for (int story = 0; story < count; story++) {
                GeneratedArticle article = generator.article(story, day);
                var raw = new RawArticle(article.id(), RawArticle.SCHEMA_VERSION, day, RawArticle.DATE_FROM_HEADER,
                        "Story " + story, true, article.text(), new Source(article.fileName(), article.fileName(),
                        article.content().length, ArticleId.sha256Hex(article.content())), Instant.now());
                producer.send(new ProducerRecord<>(Topics.RAW.name(), raw.id(), raw));
            }
            producer.flush();
        }
    }

    /** The tagger version of each stored article, as {@code GET /api/articles/{id}} tells it. */
    private static List<String> enrichers(URI api) throws Exception {
        var versions = new ArrayList<String>();
        for (JsonNode item : get(api, "api/articles").get("items")) {
            versions.add(get(api, "api/articles/" + item.get("id").asText()).at("/lineage/enricher").asText());
        }
        return versions;
    }

    private static JsonNode get(URI api, String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return Json.tree(response.body());
    }
}

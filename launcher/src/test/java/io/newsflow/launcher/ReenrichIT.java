package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.tagging.BuiltinTagger;
import io.newsflow.enrich.tagging.RulesTagger;
import io.newsflow.testing.KafkaFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagger upgrade over history: the seeds, tagged by one tagger as the pipeline ran, are tagged again by another
 * with {@code newsflow reenrich} beside the running pipeline; the store ends with one row per article, each naming
 * the new tagger's version, and the same command run again finds nothing left to do.
 */
class ReenrichIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(90);

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

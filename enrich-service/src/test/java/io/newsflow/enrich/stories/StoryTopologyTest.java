package io.newsflow.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Lineage;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
import io.newsflow.contracts.StoryAssignment;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.SeedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories through the story topology as the service runs it, in a {@link TopologyTestDriver} fed enriched articles:
 * the seeds, rewrites, partly overlapping and unrelated articles, arriving in and out of order.
 */
class StoryTopologyTest {

    static final Instant T0 = Instant.parse("2022-04-05T08:00:00Z");

    @TempDir
    Path dataDir;

    TopologyTestDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void the_two_seeds_are_one_story_named_after_the_one_ingested_first() {
        RawArticle blinken = seed(SeedArticle.BLINKEN, T0);
        RawArticle stoltenberg = seed(SeedArticle.STOLTENBERG, T0.plusSeconds(60));

        Map<String, StoryAssignment> stories = run(blinken, stoltenberg);

        assertThat(stories.get(blinken.id())).extracting(StoryAssignment::storyId, StoryAssignment::nearestEarlier)
                .containsExactly(blinken.id(), null);
        StoryAssignment later = stories.get(stoltenberg.id());
        assertThat(later.storyId()).isEqualTo(blinken.id());
        assertThat(later.nearestEarlier()).isEqualTo(blinken.id());
        assertThat(later.similarity()).isBetween(StoryLinker.THRESHOLD, 0.6);
        assertThat(later.method()).isEqualTo(StoryAssignment.METHOD);
        assertThat(later.ingestedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void rewrites_and_partly_overlapping_articles_join_the_story_and_unrelated_ones_stay_alone() {
        RawArticle blinken = seed(SeedArticle.BLINKEN, T0);
        RawArticle rewrite = article("rewrite.txt", rewrite(blinken.text()), T0.plusSeconds(10));
        RawArticle briefing = article("nato-briefing.txt", resource("nato-briefing.txt"), T0.plusSeconds(20));
        RawArticle council = article("council-budget.txt", resource("council-budget.txt"), T0.plusSeconds(30));
        RawArticle cup = article("cup-final.txt", resource("cup-final.txt"), T0.plusSeconds(40));
        RawArticle chips = article("chip-earnings.txt", resource("chip-earnings.txt"), T0.plusSeconds(50));

        Map<String, StoryAssignment> stories = run(blinken, rewrite, briefing, council, cup, chips);

        assertThat(stories.get(rewrite.id()).storyId()).isEqualTo(blinken.id());
        assertThat(stories.get(rewrite.id()).similarity()).isGreaterThan(0.7);
        assertThat(stories.get(briefing.id()).storyId()).isEqualTo(blinken.id());
        assertThat(stories.get(briefing.id()).similarity()).isBetween(StoryLinker.THRESHOLD, 0.7);
        for (RawArticle unrelated : List.of(council, cup, chips)) {
            assertThat(stories.get(unrelated.id()))
                    .extracting(StoryAssignment::storyId, StoryAssignment::nearestEarlier, StoryAssignment::similarity)
                    .containsExactly(unrelated.id(), null, null);
        }
    }

    @Test
    void arrival_order_does_not_change_the_stories_a_late_earlier_article_takes_the_chain_over() {
        // A and C share nothing; B shares a paragraph with each. C and A arrive before B, which was ingested between
        // them: C is first alone, then B links C to A's story.
        String first = paragraphs(resource("council-budget.txt"), 0, 2);
        String second = paragraphs(resource("cup-final.txt"), 0, 2);
        RawArticle a = article("a.txt", first + "\n\n" + paragraphs(resource("chip-earnings.txt"), 0, 2), T0);
        RawArticle b = article("b.txt", first + "\n\n" + second, T0.plusSeconds(10));
        RawArticle c = article("c.txt", second + "\n\n" + paragraphs(resource("chip-earnings.txt"), 2, 4),
                T0.plusSeconds(20));

        Map<String, StoryAssignment> inOrder = run(a, b, c);
        close();
        Map<String, StoryAssignment> outOfOrder = run(c, a, b);

        assertThat(inOrder.get(b.id()).nearestEarlier()).isEqualTo(a.id());
        assertThat(inOrder.get(c.id()).nearestEarlier()).isEqualTo(b.id());
        assertThat(inOrder.values()).extracting(StoryAssignment::storyId).containsOnly(a.id());
        assertThat(outOfOrder).isEqualTo(inOrder);
    }

    @Test
    void the_same_article_again_keeps_its_story_and_publishes_nothing_new() {
        RawArticle blinken = seed(SeedArticle.BLINKEN, T0);
        RawArticle stoltenberg = seed(SeedArticle.STOLTENBERG, T0.plusSeconds(60));
        start();
        pipe(blinken, stoltenberg);
        List<TestRecord<String, StoryAssignment>> before = assignments();

        pipe(stoltenberg);

        assertThat(before).isNotEmpty();
        assertThat(assignments()).isEmpty();
    }

    @Test
    void assignments_carry_the_contract_headers() {
        start();
        pipe(seed(SeedArticle.BLINKEN, T0));

        TestRecord<String, StoryAssignment> record = assignments().get(0);

        assertThat(Headers.text(record.headers(), Headers.EVENT_TYPE)).isEqualTo(StoryAssignment.EVENT_TYPE);
        assertThat(Headers.text(record.headers(), Headers.SCHEMA_VERSION)).isEqualTo("1");
    }

    private Map<String, StoryAssignment> run(RawArticle... articles) {
        start();
        pipe(articles);
        Map<String, StoryAssignment> latest = new TreeMap<>();
        assignments().forEach(record -> latest.put(record.key(), record.value()));
        return latest;
    }

    private void start() {
        var config = EnrichConfig.fromEnv(Map.of()).withDataDir(dataDir.resolve("run-" + System.nanoTime()));
        driver = new TopologyTestDriver(StoryTopology.build(), config.storiesProperties());
    }

    private void pipe(RawArticle... articles) {
        var enriched = driver.createInputTopic(Topics.ENRICHED.name(), Topics.ENRICHED.keySerde().serializer(),
                Topics.ENRICHED.valueSerde().serializer());
        for (RawArticle article : articles) {
            // Stories read the text only: no entities needed
            enriched.pipeInput(article.id(), EnrichedArticle.of(article, List.of(), List.of(),
                    new Lineage(article.source().path(), Topics.RAW.name(), 0, 0, "none/0", T0)));
        }
    }

    private List<TestRecord<String, StoryAssignment>> assignments() {
        return new ArrayList<>(driver.createOutputTopic(Topics.STORIES.name(), Topics.STORIES.keySerde().deserializer(),
                Topics.STORIES.valueSerde().deserializer()).readRecordsToList());
    }

    private static RawArticle seed(String fileName, Instant ingestedAt) {
        SeedArticle seed = SeedArticle.read(fileName);
        return article(fileName, seed.text(), ingestedAt);
    }

    private static RawArticle article(String fileName, String text, Instant ingestedAt) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RawArticle(ArticleId.of(text), RawArticle.SCHEMA_VERSION, LocalDate.of(2022, 4, 5), "header",
                text.lines().findFirst().orElseThrow(), true, text,
                new Source(fileName, "inbox/" + fileName, bytes.length, ArticleId.sha256Hex(bytes)), ingestedAt);
    }

    /** A light edit, as a wire service's clients make: a paragraph dropped, some words changed, a line added. */
    private static String rewrite(String text) {
        List<String> kept = new ArrayList<>(List.of(text.split("\n\n")));
        kept.remove(kept.size() - 1);
        return "UPDATED: " + String.join("\n\n", kept).replace("Brussels", "the Belgian capital")
                .replace("Secretary", "top diplomat") + "\n\nReporting by Newsflow staff.";
    }

    private static String paragraphs(String text, int from, int to) {
        return String.join("\n\n", List.of(text.split("\n\n")).subList(from, to));
    }

    private static String resource(String name) {
        try (InputStream in = StoryTopologyTest.class.getResourceAsStream("/stories/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

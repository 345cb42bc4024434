package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Lineage;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.tagging.BuiltinTagger;
import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.Tagging;
import io.newsflow.enrich.tagging.entities.Gazetteer;
import io.newsflow.metrics.Metrics;
import io.newsflow.testing.EventSchemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology through {@link TopologyTestDriver}, with the service's own Streams settings and the real serdes. */
class EnrichTopologyTest {

    static final Tagger BUILTIN = new BuiltinTagger(Gazetteer.load(Optional.empty()));
    static final Instant NOW = Instant.parse("2022-04-05T12:00:00Z");

    @TempDir
    Path dataDir;

    TopologyTestDriver driver;
    /** The topology's meters, fresh per test. */
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void raw_article_comes_out_enriched_keyed_by_id_with_lineage_and_headers() {
        // given
        start(BUILTIN);
        var raw = SeedArticle.read(SeedArticle.BLINKEN).toRawArticle();

        // when
        rawInput().pipeInput(raw.id(), raw);

        // then
        TestRecord<String, EnrichedArticle> out = enrichedOutput().readRecord();
        assertThat(out.key()).isEqualTo(raw.id());
        EnrichedArticle article = out.value();
        assertThat(article)
                .extracting(EnrichedArticle::id, EnrichedArticle::text, EnrichedArticle::source,
                        EnrichedArticle::publishedDate)
                .containsExactly(raw.id(), raw.text(), raw.source(), raw.publishedDate());
        assertThat(article.lineage()).isEqualTo(new Lineage("inbox/" + SeedArticle.BLINKEN, Topics.RAW.name(), 0, 0,
                BuiltinTagger.NAME, NOW));
        assertThat(article.entities()).extracting(Entity::key)
                .contains("person:antony-blinken", "organization:nato", "organization:g7", "location:bucha");
        assertThat(article.dates()).extracting(d -> d.text() + "=" + d.value())
                .contains("April 5-7=2022-04-05/2022-04-07", "Sunday, April 3=2022-04-03");
        assertThat(Headers.text(out.headers(), Headers.EVENT_TYPE)).isEqualTo(EnrichedArticle.EVENT_TYPE);
        assertThat(Headers.text(out.headers(), Headers.SCHEMA_VERSION)).isEqualTo("1");
        assertThat(out.headers().headers(Headers.EVENT_TYPE)).as("one event-type header, not the raw one as well")
                .hasSize(1);
        assertThat(enrichedOutput().isEmpty()).isTrue();
        assertThat(deadLetterOutput().isEmpty()).isTrue();
    }

    @Test
    void enriched_event_validates_against_the_shipped_schema() throws Exception {
        start(BUILTIN);
        var raw = SeedArticle.read(SeedArticle.STOLTENBERG).toRawArticle();

        rawInput().pipeInput(raw.id(), raw);

        byte[] json = driver.createOutputTopic(Topics.ENRICHED.name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer()).readValue();
        assertThat(new EventSchemas().violations(EventSchemas.ENRICHED_ARTICLE, Json.tree(json))).isEmpty();
    }

    @Test
    void enriched_record_is_keyed_by_article_id_whatever_the_raw_key() {
        start(BUILTIN);
        var raw = SeedArticle.read(SeedArticle.STOLTENBERG).toRawArticle();

        rawInput().pipeInput((String) null, raw);

        assertThat(enrichedOutput().readRecord().key()).isEqualTo(raw.id());
    }

    @Test
    void poison_records_go_to_the_dead_letter_topic_with_provenance_and_the_records_behind_them_are_enriched() {
        // given: a value that is not JSON, one that is JSON but not a RawArticle, then a good article
        start(BUILTIN);
        byte[] notJson = "this is not json".getBytes(StandardCharsets.UTF_8);
        byte[] missingFields = "{\"id\":\"0123456789abcdef0123456789abcdef\",\"schemaVersion\":1}"
                .getBytes(StandardCharsets.UTF_8);
        var good = SeedArticle.read(SeedArticle.BLINKEN).toRawArticle();

        // when
        var bytes = driver.createInputTopic(Topics.RAW.name(), new ByteArraySerializer(), new ByteArraySerializer());
        bytes.pipeInput("k1".getBytes(StandardCharsets.UTF_8), notJson);
        bytes.pipeInput("k2".getBytes(StandardCharsets.UTF_8), missingFields);
        rawInput().pipeInput(good.id(), good);

        // then
        var dead = deadLetterOutput().readRecordsToList();
        assertThat(dead).extracting(r -> new String(r.key(), StandardCharsets.UTF_8), TestRecord::value)
                .containsExactly(tuple("k1", notJson), tuple("k2", missingFields));
        assertThat(dead).extracting(
                        r -> Headers.text(r.headers(), Headers.DLQ_TOPIC),
                        r -> Headers.text(r.headers(), Headers.DLQ_PARTITION),
                        r -> Headers.text(r.headers(), Headers.DLQ_OFFSET),
                        r -> Headers.text(r.headers(), Headers.DLQ_SERVICE))
                .containsExactly(
                        tuple(Topics.RAW.name(), "0", "0", "enrich-service"),
                        tuple(Topics.RAW.name(), "0", "1", "enrich-service"));
        assertThat(dead).allSatisfy(r -> assertThat(Headers.text(r.headers(), Headers.DLQ_ERROR))
                .startsWith("not a RawArticle: ").doesNotContain("\n"));
        assertThat(enrichedOutput().readValuesToList()).singleElement()
                .satisfies(article -> assertThat(article.lineage().rawOffset()).isEqualTo(2));
    }

    @Test
    void a_record_the_tagger_fails_on_goes_to_the_dead_letter_topic_with_the_reason() {
        start(new Tagger() {
            @Override
            public String name() {
                return "broken/1";
            }

            @Override
            public Tagging tag(String text, LocalDate publishedDate) {
                throw new IllegalStateException("no tags today");
            }
        });
        var raw = SeedArticle.read(SeedArticle.BLINKEN).toRawArticle();

        rawInput().pipeInput(raw.id(), raw);

        var dead = deadLetterOutput().readRecord();
        assertThat(Headers.text(dead.headers(), Headers.DLQ_ERROR))
                .isEqualTo("tagger broken/1 failed: java.lang.IllegalStateException: no tags today");
        assertThat(dead.value()).isEqualTo(Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(), raw));
        assertThat(enrichedOutput().isEmpty()).isTrue();
        assertThat(registry.get(Metrics.DEAD_LETTERED).tag("service", "enrich-service").counter().count())
                .isEqualTo(1.0);
        assertThat(registry.get(EnrichMeters.TAGGED).counter().count()).isZero();
    }

    private void start(Tagger tagger) {
        var config = EnrichConfig.fromEnv(Map.of()).withDataDir(dataDir);
        driver = new TopologyTestDriver(EnrichTopology.build(tagger, Clock.fixed(NOW, ZoneOffset.UTC),
                PublishedRange.ALL, registry), config.streamsProperties());
    }

    private TestInputTopic<String, RawArticle> rawInput() {
        return driver.createInputTopic(Topics.RAW.name(), Topics.RAW.keySerde().serializer(),
                Topics.RAW.valueSerde().serializer());
    }

    private TestOutputTopic<String, EnrichedArticle> enrichedOutput() {
        return driver.createOutputTopic(Topics.ENRICHED.name(), Topics.ENRICHED.keySerde().deserializer(),
                Topics.ENRICHED.valueSerde().deserializer());
    }

    private TestOutputTopic<byte[], byte[]> deadLetterOutput() {
        return driver.createOutputTopic(Topics.DEAD_LETTER.name(), Topics.DEAD_LETTER.keySerde().deserializer(),
                Topics.DEAD_LETTER.valueSerde().deserializer());
    }
}

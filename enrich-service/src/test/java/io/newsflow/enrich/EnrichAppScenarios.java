package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.tagging.BuiltinTagger;
import io.newsflow.metrics.StandaloneService;
import io.newsflow.testing.HealthProbe;
import io.newsflow.testing.KafkaFixture;
import io.newsflow.testing.MetricsPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * enrich-service wired exactly as {@link EnrichMain} wires it, its metrics endpoint included, against a real single-node KRaft broker with
 * exactly-once processing. Each scenario gets its own broker, data folder and application id, so nothing one
 * leaves on a topic can reach another.
 */
abstract class EnrichAppScenarios {

    /** The broker a scenario runs on; each scenario gets a fresh one. */
    abstract KafkaFixture newKafka();

    static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    @Test
    void a_raw_article_on_the_broker_comes_back_enriched_with_its_entities_and_dates() throws Exception {
        try (var kafka = newKafka(); var ignored = startEnrich(kafka)) {
            // given
            var raw = SeedArticle.read(SeedArticle.BLINKEN).toRawArticle();

            // when
            kafka.send(Topics.RAW, raw.id(), raw);

            // then
            var records = kafka.read(Topics.ENRICHED, 1, TIMEOUT);
            assertThat(records).as("exactly one enriched event for one raw article").hasSize(1);
            var record = records.get(0);
            EnrichedArticle article = record.value();
            assertThat(record.key()).isEqualTo(raw.id());
            assertThat(Headers.text(record.headers(), Headers.EVENT_TYPE)).isEqualTo(EnrichedArticle.EVENT_TYPE);
            assertThat(article.lineage().enricher()).isEqualTo(BuiltinTagger.NAME);
            assertThat(article.lineage().rawTopic()).isEqualTo(Topics.RAW.name());
            assertThat(article.entities()).extracting(Entity::name, Entity::type).contains(
                    tuple("Antony Blinken", "PERSON"), tuple("Joe Biden", "PERSON"), tuple("NATO", "ORGANIZATION"),
                    tuple("G7", "ORGANIZATION"), tuple("Bucha", "LOCATION"), tuple("Brussels", "LOCATION"),
                    tuple("Ukraine", "LOCATION"), tuple("Kyiv", "LOCATION"));
            assertThat(article.dates()).extracting(DateMention::text, DateMention::value).contains(
                    tuple("April 5-7", "2022-04-05/2022-04-07"), tuple("Sunday, April 3", "2022-04-03"));
        }
    }

    @Test
    void a_poison_record_is_parked_on_the_dead_letter_topic_and_the_next_article_is_still_enriched() throws Exception {
        try (var kafka = newKafka(); var service = startEnrich(kafka)) {
            byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);
            var raw = SeedArticle.read(SeedArticle.STOLTENBERG).toRawArticle();

            kafka.sendBytes(Topics.RAW.name(), raw.id().getBytes(StandardCharsets.UTF_8), poison);
            kafka.send(Topics.RAW, raw.id(), raw);

            var dead = kafka.read(Topics.DEAD_LETTER, 1, TIMEOUT);
            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo(poison);
                assertThat(Headers.text(r.headers(), Headers.DLQ_SERVICE)).isEqualTo("enrich-service");
                assertThat(Headers.text(r.headers(), Headers.DLQ_TOPIC)).isEqualTo(Topics.RAW.name());
                assertThat(Headers.text(r.headers(), Headers.DLQ_ERROR)).startsWith("not a RawArticle");
            });
            var enriched = kafka.read(Topics.ENRICHED, 1, TIMEOUT);
            assertThat(enriched).extracting(r -> r.value().id()).containsExactly(raw.id());

            // and its /metrics page counts one article tagged, with its entities, and one record dead-lettered
            int entities = enriched.get(0).value().entities().size();
            await().atMost(TIMEOUT).untilAsserted(() -> {
                var page = MetricsPage.scrape(service.address());
                assertThat(page.value("newsflow_enrich_articles_tagged_total")).hasValue(1.0);
                assertThat(page.value("newsflow_enrich_tagger_time_seconds_count")).hasValue(1.0);
                assertThat(page.value("newsflow_enrich_article_entities_count")).hasValue(1.0);
                assertThat(page.value("newsflow_enrich_article_entities_sum")).hasValue((double) entities);
                assertThat(page.value("newsflow_deadletter_records_total{service=\"enrich-service\"}")).hasValue(1.0);
                assertThat(page.text()).contains("kafka_consumer_fetch_manager_records_lag{", "jvm_threads_live_threads");
            });
            // and it says it is ready, Kafka Streams RUNNING
            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(
                    HealthProbe.get(service.address().resolve("/health/ready"))).isEqualTo("200 {\"status\":\"UP\",\"streams\":\"RUNNING\",\"detail\":null}"));
        }
    }

    /** enrich-service as {@link EnrichMain} runs it, metrics endpoint included (on a free port). */
    private StandaloneService startEnrich(KafkaFixture kafka) {
        var config = EnrichConfig.fromEnv(Map.of(EnrichConfig.NEWSFLOW_METRICS_PORT, "0"))
                .withBootstrapServers(kafka.bootstrapServers())
                .withDataDir(dataDir)
                .withApplicationId("enrich-it-" + UUID.randomUUID());
        var service = StandaloneService.served("enrich", config.metrics(), metrics -> new EnrichApp(config, metrics));
        service.start();
        return service;
    }
}

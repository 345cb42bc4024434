package io.newsflow.enrich;

import io.newsflow.config.KafkaSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.config.ConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.StreamsConfig;
import io.newsflow.metrics.MetricsEndpoint;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {

    @Test
    void defaults_apply_when_nothing_is_set() {
        var config = EnrichConfig.fromEnv(Map.of("HOSTNAME", "news-host-1"));

        assertThat(config).isEqualTo(new EnrichConfig(KafkaSettings.plain("127.0.0.1:9092"), "newsflow-enrich",
                Path.of("./data"), 1, Optional.empty(), "builtin", "news-host-1", Duration.ofMillis(100),
                new MetricsEndpoint("127.0.0.1", 8082), PublishedRange.ALL, true));
    }

    @Test
    void every_variable_is_read_and_blank_counts_as_unset() {
        var config = EnrichConfig.fromEnv(Map.of(
                EnrichConfig.NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS, "kafka:9092",
                EnrichConfig.NEWSFLOW_ENRICH_APPLICATION_ID, "  ",
                EnrichConfig.NEWSFLOW_DATA_DIR, "/var/lib/newsflow",
                EnrichConfig.NEWSFLOW_ENRICH_THREADS, "3",
                EnrichConfig.NEWSFLOW_ENRICH_GAZETTEER_DIR, "/etc/newsflow/gazetteers",
                EnrichConfig.NEWSFLOW_ENRICH_INSTANCE_ID, "enrich-a",
                EnrichConfig.NEWSFLOW_ENRICH_COMMIT_INTERVAL, "1s",
                EnrichConfig.NEWSFLOW_ENRICH_STORIES, "off",
                EnrichConfig.NEWSFLOW_METRICS_HOST, "0.0.0.0",
                EnrichConfig.NEWSFLOW_METRICS_PORT, "9000"));

        assertThat(config).isEqualTo(new EnrichConfig(KafkaSettings.plain("kafka:9092"), "newsflow-enrich",
                Path.of("/var/lib/newsflow"), 3, Optional.of(Path.of("/etc/newsflow/gazetteers")), "builtin",
                "enrich-a", Duration.ofSeconds(1), new MetricsEndpoint("0.0.0.0", 9000), PublishedRange.ALL, false));
    }

    @Test
    void a_known_tagger_whose_module_is_not_built_in_is_refused_with_how_to_build_it() {
        var e = assertThrows(ConfigException.class,
                () -> EnrichConfig.fromEnv(Map.of(EnrichConfig.NEWSFLOW_ENRICH_TAGGER, "corenlp")));

        assertThat(e.problems()).singleElement().asString()
                .startsWith("NEWSFLOW_ENRICH_TAGGER=\"corenlp\": the \"corenlp\" tagger is not installed")
                .contains("./mvnw -Pcorenlp");
    }

    @Test
    void an_unknown_tagger_is_refused_naming_the_known_ones() {
        var e = assertThrows(ConfigException.class,
                () -> EnrichConfig.fromEnv(Map.of(EnrichConfig.NEWSFLOW_ENRICH_TAGGER, "spacy")));

        assertThat(e.problems()).containsExactly("NEWSFLOW_ENRICH_TAGGER=\"spacy\": expected one of builtin, rules, corenlp");
    }

    @Test
    void a_bad_thread_count_is_reported_with_the_variable_value_and_range() {
        var e = assertThrows(ConfigException.class,
                () -> EnrichConfig.fromEnv(Map.of(EnrichConfig.NEWSFLOW_ENRICH_THREADS, "zero")));

        assertThat(e.getMessage()).startsWith("invalid configuration for enrich-service:");
        assertThat(e.problems()).containsExactly("NEWSFLOW_ENRICH_THREADS=\"zero\": expected a whole number 1-64");
    }

    @Test
    void streams_run_exactly_once_with_their_state_under_the_data_dir() {
        var props = EnrichConfig.fromEnv(Map.of(EnrichConfig.NEWSFLOW_ENRICH_THREADS, "2"))
                .withDataDir(Path.of("/tmp/nf")).streamsProperties();

        assertThat(props).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.STATE_DIR_CONFIG, Path.of("/tmp/nf/enrich-streams").toString())
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "newsflow-enrich")
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2)
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1)
                .containsKey(StreamsConfig.consumerPrefix("group.instance.id"));
    }

    @Test
    void launcher_overrides_change_only_their_own_setting() {
        var base = EnrichConfig.fromEnv(Map.of(EnrichConfig.NEWSFLOW_ENRICH_THREADS, "2", "HOSTNAME", "h"));

        var derived = base.withBootstrapServers("127.0.0.1:40123").withDataDir(Path.of("run"))
                .withApplicationId("it-1");

        assertThat(derived).isEqualTo(new EnrichConfig(KafkaSettings.plain("127.0.0.1:40123"), "it-1", Path.of("run"),
                2, Optional.empty(), "builtin", "h", Duration.ofMillis(100), new MetricsEndpoint("127.0.0.1", 8082),
                PublishedRange.ALL, true));
        assertThat(base.kafka().bootstrapServers()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void a_zero_commit_interval_is_refused() {
        var e = assertThrows(ConfigException.class,
                () -> EnrichConfig.fromEnv(Map.of(EnrichConfig.NEWSFLOW_ENRICH_COMMIT_INTERVAL, "0ms")));

        assertThat(e.problems()).containsExactly("NEWSFLOW_ENRICH_COMMIT_INTERVAL=\"0ms\": expected a duration above zero");
    }

    @Test
    void the_startup_line_names_every_variable() {
        assertThat(EnrichConfig.fromEnv(Map.of("HOSTNAME", "h")).describe()).isEqualTo(
                "NEWSFLOW_DATA_DIR=\"./data\" NEWSFLOW_ENRICH_APPLICATION_ID=\"newsflow-enrich\" "
                + "NEWSFLOW_ENRICH_COMMIT_INTERVAL=\"PT0.1S\" "
                + "NEWSFLOW_ENRICH_GAZETTEER_DIR=<unset> NEWSFLOW_ENRICH_INSTANCE_ID=\"h\" NEWSFLOW_ENRICH_STORIES=\"on\" "
                + "NEWSFLOW_ENRICH_TAGGER=\"builtin\" NEWSFLOW_ENRICH_THREADS=1 "
                + "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS=\"127.0.0.1:9092\" NEWSFLOW_KAFKA_TOPIC_RAW_RETENTION=\"forever\" "
                + "NEWSFLOW_KAFKA_TOPIC_REPLICATION_FACTOR=\"broker default\" NEWSFLOW_KAFKA_TOPIC_RETENTION=\"broker default\" "
                + "NEWSFLOW_METRICS_HOST=\"127.0.0.1\" NEWSFLOW_METRICS_PORT=8082");
    }
}

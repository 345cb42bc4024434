package io.newsflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaSettingsTest {

    private static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required "
            + "username=\"newsflow\" password=\"hunter2\";";

    private static KafkaSettings read(Map<String, String> vars) {
        var env = new Env(vars);
        var settings = KafkaSettings.read(env, KafkaSettings.CLIENTS);
        env.validate("test-service");
        return settings;
    }

    @Test
    void each_newsflow_kafka_variable_is_the_client_property_it_spells() {
        var settings = read(Map.of(
                "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9093,kafka-2:9093",
                "NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "NEWSFLOW_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "NEWSFLOW_KAFKA_SASL_JAAS_CONFIG", JAAS,
                "NEWSFLOW_KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/newsflow/truststore.p12"));

        assertThat(settings.bootstrapServers()).isEqualTo("kafka-1:9093,kafka-2:9093");
        assertThat(settings.clientProperties()).containsOnly(
                Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("sasl.mechanism", "SCRAM-SHA-512"),
                Map.entry("sasl.jaas.config", JAAS),
                Map.entry("ssl.truststore.location", "/etc/newsflow/truststore.p12"));
    }

    @Test
    void a_properties_file_is_read_and_a_variable_wins_over_it(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, """
                # as a managed cluster's console hands it out
                bootstrap.servers=pkc-1.cloud.example:9092
                security.protocol=SASL_SSL
                sasl.mechanism=PLAIN
                request.timeout.ms=20000
                acks=all
                """);

        var settings = read(Map.of("NEWSFLOW_KAFKA_CONFIG_FILE", file.toString(),
                "NEWSFLOW_KAFKA_REQUEST_TIMEOUT_MS", "45000"));

        assertThat(settings.bootstrapServers()).isEqualTo("pkc-1.cloud.example:9092");
        assertThat(settings.clientProperties()).containsOnly(Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("sasl.mechanism", "PLAIN"), Map.entry("request.timeout.ms", "45000"),
                Map.entry("acks", "all"));
    }

    @Test
    void nothing_set_is_the_local_broker_with_no_extra_properties() {
        assertThat(read(Map.of())).isEqualTo(KafkaSettings.plain("127.0.0.1:9092"));
    }

    @Test
    void typos_bad_values_guarantee_settings_and_a_missing_file_are_all_reported_at_once() {
        var e = assertThrows(ConfigException.class, () -> read(Map.of(
                "NEWSFLOW_KAFKA_SASL_MECHANISMS", "PLAIN",
                "NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SLL",
                "NEWSFLOW_KAFKA_ENABLE_AUTO_COMMIT", "true",
                "NEWSFLOW_KAFKA_ACKS", "1",
                "NEWSFLOW_KAFKA_CONFIG_FILE", "/nonexistent/client.properties")));

        assertThat(e.problems()).hasSize(5).contains(
                "NEWSFLOW_KAFKA_ACKS: acks is set by Newsflow itself (its delivery guarantees depend on it); leave it "
                        + "out",
                "NEWSFLOW_KAFKA_CONFIG_FILE=\"/nonexistent/client.properties\": expected a readable Java properties "
                        + "file of Kafka client properties (/nonexistent/client.properties)",
                "NEWSFLOW_KAFKA_ENABLE_AUTO_COMMIT: enable.auto.commit is set by Newsflow itself (its delivery "
                        + "guarantees depend on it); leave it out",
                "NEWSFLOW_KAFKA_SASL_MECHANISMS: \"sasl.mechanisms\" is not a property of this service's Kafka "
                        + "clients: expected a client property such as security.protocol, sasl.mechanism, "
                        + "sasl.jaas.config or ssl.truststore.location");
        // Kafka lists the allowed protocols in no fixed order.
        assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).startsWith(
                "NEWSFLOW_KAFKA_SECURITY_PROTOCOL=\"SASL_SLL\": Invalid value SASL_SLL for configuration "
                        + "security.protocol: String must be one of (case insensitive): ").contains("SASL_SSL"));
    }

    @Test
    void secrets_are_masked_in_the_startup_line_and_in_problems() {
        var settings = read(Map.of("NEWSFLOW_KAFKA_SASL_JAAS_CONFIG", JAAS,
                "NEWSFLOW_KAFKA_SSL_KEY_PASSWORD", "s3cret", "NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"));

        String line = Secrets.describe(settings.described());
        assertThat(line).contains("kafka.sasl.jaas.config=<masked>", "kafka.ssl.key.password=<masked>",
                "kafka.security.protocol=\"SASL_SSL\"").doesNotContain("hunter2", "s3cret");
    }

    @Test
    void each_client_gets_the_properties_of_its_kind_over_newsflows_own_defaults() {
        var settings = read(Map.of("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "NEWSFLOW_KAFKA_COMPRESSION_TYPE", "lz4", "NEWSFLOW_KAFKA_FETCH_MAX_BYTES", "1048576"));

        assertThat(settings.producer(Map.of("compression.type", "zstd", "linger.ms", 5))).containsOnly(
                Map.entry("bootstrap.servers", "127.0.0.1:9092"), Map.entry("security.protocol", "SASL_PLAINTEXT"),
                Map.entry("compression.type", "lz4"), Map.entry("linger.ms", 5));
        assertThat(settings.consumer(Map.of())).containsOnly(Map.entry("bootstrap.servers", "127.0.0.1:9092"),
                Map.entry("security.protocol", "SASL_PLAINTEXT"), Map.entry("fetch.max.bytes", "1048576"));
        assertThat(settings.admin()).containsOnly(Map.entry("bootstrap.servers", "127.0.0.1:9092"),
                Map.entry("security.protocol", "SASL_PLAINTEXT"));
    }

    @Test
    void topic_replication_and_retention_are_read() {
        var settings = read(Map.of("NEWSFLOW_KAFKA_TOPIC_REPLICATION_FACTOR", "3",
                "NEWSFLOW_KAFKA_TOPIC_RAW_RETENTION", "3650d", "NEWSFLOW_KAFKA_TOPIC_RETENTION", "7d"));

        assertThat(settings.topics()).isEqualTo(new KafkaSettings.TopicSettings(Optional.of((short) 3),
                Optional.of(Duration.ofDays(3650)), Optional.of(Duration.ofDays(7))));
        assertThat(settings.clientProperties()).isEmpty();
    }
}

package io.newsflow.store;

import static io.newsflow.store.StoreConfig.NEWSFLOW_DATA_DIR;
import static io.newsflow.store.StoreConfig.NEWSFLOW_DB_PASSWORD;
import static io.newsflow.store.StoreConfig.NEWSFLOW_DB_URL;
import static io.newsflow.store.StoreConfig.NEWSFLOW_DB_USER;
import static io.newsflow.store.StoreConfig.NEWSFLOW_HTTP_HOST;
import static io.newsflow.store.StoreConfig.NEWSFLOW_HTTP_PORT;
import static io.newsflow.store.StoreConfig.NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS;
import static io.newsflow.store.StoreConfig.NEWSFLOW_STORE_GROUP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.config.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreConfigTest {

    @Test
    void an_empty_environment_gives_the_embedded_defaults() {
        var config = StoreConfig.fromEnv(Map.of());

        assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.groupId()).isEqualTo("newsflow-store");
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data", "newsflow.db"));
        assertThat(config.usesPostgresql()).isFalse();
        assertThat(config.dbUser()).isNull();
        assertThat(config.dbPassword()).isNull();
        assertThat(config.httpHost()).isEqualTo("127.0.0.1");
        assertThat(config.httpPort()).isEqualTo(8080);
    }

    @Test
    void every_variable_is_read_and_empty_counts_as_unset() {
        var config = StoreConfig.fromEnv(Map.of(
                NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS, "kafka:9092",
                NEWSFLOW_STORE_GROUP_ID, "store-b",
                NEWSFLOW_DATA_DIR, "/var/lib/newsflow",
                NEWSFLOW_DB_URL, "jdbc:postgresql://postgres:5432/newsflow",
                NEWSFLOW_DB_USER, "newsflow",
                NEWSFLOW_DB_PASSWORD, "s3cret",
                NEWSFLOW_HTTP_HOST, " ",
                NEWSFLOW_HTTP_PORT, "0"));

        assertThat(config).isEqualTo(new StoreConfig("kafka:9092", "store-b", Path.of("/var/lib/newsflow"),
                "jdbc:postgresql://postgres:5432/newsflow", "newsflow", "s3cret", "127.0.0.1", 0));
        assertThat(config.usesPostgresql()).isTrue();
    }

    @Test
    void every_bad_variable_is_reported_at_once_naming_value_and_expected_form() {
        ConfigException e = assertThrows(ConfigException.class, () -> StoreConfig.fromEnv(Map.of(
                NEWSFLOW_DB_URL, "jdbc:mysql://db/newsflow?password=hunter2",
                NEWSFLOW_HTTP_PORT, "80800")));

        assertThat(e.problems()).containsExactly(
                "NEWSFLOW_DB_URL=\"jdbc:mysql://db/newsflow?password=<masked>\": expected jdbc:sqlite:<file> or"
                        + " jdbc:postgresql://<host>:<port>/<database>",
                "NEWSFLOW_HTTP_PORT=\"80800\": expected a port 1-65535 (0 picks a free one)");
        assertThat(e.getMessage()).startsWith("invalid configuration for store-service:").doesNotContain("hunter2");
    }

    @Test
    void moving_the_data_folder_moves_the_default_sqlite_file_but_not_an_explicit_database() {
        var defaults = StoreConfig.fromEnv(Map.of());
        var explicit = StoreConfig.fromEnv(Map.of(NEWSFLOW_DB_URL, "jdbc:sqlite:/srv/store.db"));

        assertThat(defaults.withDataDir(Path.of("/tmp/run")).dbUrl()).isEqualTo("jdbc:sqlite:/tmp/run/newsflow.db");
        assertThat(explicit.withDataDir(Path.of("/tmp/run")).dbUrl()).isEqualTo("jdbc:sqlite:/srv/store.db");
    }

    @Test
    void the_launchers_overrides_change_only_their_own_setting() {
        var base = StoreConfig.fromEnv(Map.of());

        var derived = base.withBootstrapServers("127.0.0.1:40123").withHttpPort(0).withGroupId("g")
                .withDatabase("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=s", "postgres", null);

        assertThat(derived).isEqualTo(new StoreConfig("127.0.0.1:40123", "g", base.dataDir(),
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=s", "postgres", null, "127.0.0.1", 0));
    }

    @Test
    void the_startup_description_masks_the_password_also_inside_the_url() {
        var config = StoreConfig.fromEnv(Map.of(
                NEWSFLOW_DB_URL, "jdbc:postgresql://db:5432/newsflow?user=app&password=hunter2",
                NEWSFLOW_DB_PASSWORD, "s3cret"));

        assertThat(config.describe())
                .contains("NEWSFLOW_DB_PASSWORD=<masked>", "password=<masked>", "NEWSFLOW_HTTP_PORT=8080")
                .doesNotContain("hunter2", "s3cret");
        assertThat(config.toString()).doesNotContain("hunter2", "s3cret");
    }
}

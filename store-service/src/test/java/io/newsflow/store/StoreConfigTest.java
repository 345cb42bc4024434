package io.newsflow.store;

import io.newsflow.config.KafkaSettings;
import static io.newsflow.store.StoreConfig.NEWSFLOW_API_CORS_ORIGINS;
import static io.newsflow.store.StoreConfig.NEWSFLOW_API_TOKEN;
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
import io.newsflow.store.api.ApiAccess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreConfigTest {

    @Test
    void an_empty_environment_gives_the_embedded_defaults() {
        var config = StoreConfig.fromEnv(Map.of());

        assertThat(config.kafka().bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.groupId()).isEqualTo("newsflow-store");
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data", "newsflow.db"));
        assertThat(config.usesPostgresql()).isFalse();
        assertThat(config.dbUser()).isNull();
        assertThat(config.dbPassword()).isNull();
        assertThat(config.httpHost()).isEqualTo("127.0.0.1");
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.api()).as("no token, no other origins: open, as on 127.0.0.1 it may be")
                .isEqualTo(new ApiAccess(null, List.of()));
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
                NEWSFLOW_HTTP_PORT, "0",
                NEWSFLOW_API_TOKEN, "0123456789abcdef-token",
                NEWSFLOW_API_CORS_ORIGINS, " https://News.Example.org, http://localhost:3000,"));

        assertThat(config).isEqualTo(new StoreConfig(KafkaSettings.plain("kafka:9092"), "store-b", Path.of("/var/lib/newsflow"),
                "jdbc:postgresql://postgres:5432/newsflow", "newsflow", "s3cret", "127.0.0.1", 0,
                new ApiAccess("0123456789abcdef-token", List.of("https://news.example.org", "http://localhost:3000"))));
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
    void an_api_token_that_cannot_be_sent_or_is_easily_guessed_is_refused_without_printing_it() {
        ConfigException tooShort = assertThrows(ConfigException.class,
                () -> StoreConfig.fromEnv(Map.of(NEWSFLOW_API_TOKEN, "hunter2")));
        ConfigException withSpace = assertThrows(ConfigException.class,
                () -> StoreConfig.fromEnv(Map.of(NEWSFLOW_API_TOKEN, "correct horse battery staple")));

        assertThat(tooShort.problems()).containsExactly("NEWSFLOW_API_TOKEN=<masked> (7 characters): expected at"
                + " least 16 characters, each one of A-Z a-z 0-9 - . _ ~ + / (openssl rand -hex 32 prints one)");
        assertThat(withSpace.problems()).singleElement().asString().startsWith("NEWSFLOW_API_TOKEN=<masked> (28");
        assertThat(tooShort.getMessage() + withSpace.getMessage()).doesNotContain("hunter2", "horse");
    }

    @Test
    void cors_origins_must_each_be_an_origin_as_browsers_send_it_or_a_star_alone() {
        ConfigException e = assertThrows(ConfigException.class, () -> StoreConfig.fromEnv(Map.of(
                NEWSFLOW_API_CORS_ORIGINS,
                "https://news.example.org/,example.org,http://localhost:0,https://ok.org:8443")));
        ConfigException mixed = assertThrows(ConfigException.class,
                () -> StoreConfig.fromEnv(Map.of(NEWSFLOW_API_CORS_ORIGINS, "*, https://news.example.org")));

        String value = "NEWSFLOW_API_CORS_ORIGINS=\"https://news.example.org/,example.org,http://localhost:0,"
                + "https://ok.org:8443\": ";
        String expected = " is not an origin: expected scheme://host[:port], without a path or trailing slash, as"
                + " browsers send it";
        assertThat(e.problems()).containsExactly(value + "\"https://news.example.org/\"" + expected,
                value + "\"example.org\"" + expected, value + "\"http://localhost:0\"" + expected);
        assertThat(mixed.problems()).containsExactly("NEWSFLOW_API_CORS_ORIGINS=\"*, https://news.example.org\":"
                + " expected * alone (any origin) or a list of origins, not both");
        assertThat(StoreConfig.fromEnv(Map.of(NEWSFLOW_API_CORS_ORIGINS, "*")).api().corsOrigins())
                .containsExactly("*");
        assertThat(StoreConfig.fromEnv(Map.of(NEWSFLOW_API_CORS_ORIGINS, "http://[::1]:8080")).api().corsOrigins())
                .containsExactly("http://[::1]:8080");
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

        assertThat(derived).isEqualTo(new StoreConfig(KafkaSettings.plain("127.0.0.1:40123"), "g", base.dataDir(),
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=s", "postgres", null, "127.0.0.1", 0,
                new ApiAccess(null, List.of())));
    }

    @Test
    void the_startup_description_masks_the_password_also_inside_the_url_and_the_api_token() {
        var config = StoreConfig.fromEnv(Map.of(
                NEWSFLOW_DB_URL, "jdbc:postgresql://db:5432/newsflow?user=app&password=hunter2",
                NEWSFLOW_DB_PASSWORD, "s3cret",
                NEWSFLOW_API_TOKEN, "7d1f0c2a9b4e4f6a8c3d5e7f",
                NEWSFLOW_API_CORS_ORIGINS, "https://news.example.org"));

        assertThat(config.describe())
                .contains("NEWSFLOW_DB_PASSWORD=<masked>", "password=<masked>", "NEWSFLOW_HTTP_PORT=8080",
                        "NEWSFLOW_API_TOKEN=<masked>", "NEWSFLOW_API_CORS_ORIGINS=\"https://news.example.org\"")
                .doesNotContain("hunter2", "s3cret", "7d1f0c2a9b4e4f6a8c3d5e7f");
        assertThat(config.toString()).doesNotContain("hunter2", "s3cret", "7d1f0c2a9b4e4f6a8c3d5e7f");
    }
}

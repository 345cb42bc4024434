package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.config.ConfigException;
import io.newsflow.ingest.done.AfterIngest;
import io.newsflow.metrics.MetricsEndpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void defaults_keep_files_in_place_read_subfolders_and_allow_five_mebibytes() {
        var config = IngestConfig.fromEnv(Map.of());
        assertThat(config.after()).isEqualTo(AfterIngest.KEEP);
        assertThat(config.subfolders()).isTrue();
        assertThat(config.maxFileBytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(config.settleTime()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
    }

    @Test
    void each_setting_is_read_from_its_variable() {
        var config = IngestConfig.fromEnv(Map.of(IngestConfig.AFTER, "Move", IngestConfig.SUBFOLDERS, "false",
                IngestConfig.MAX_FILE_BYTES, "1000", IngestConfig.SETTLE_TIME, "3s",
                IngestConfig.DATA_DIR, "/var/newsflow"));
        assertThat(config.after()).isEqualTo(AfterIngest.MOVE);
        assertThat(config.subfolders()).isFalse();
        assertThat(config.maxFileBytes()).isEqualTo(1000);
        assertThat(config.settleTime()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/newsflow"));
    }

    @Test
    void every_bad_value_is_reported_at_once_with_variable_value_and_expectation() {
        assertThatThrownBy(() -> IngestConfig.fromEnv(Map.of(IngestConfig.AFTER, "archive",
                IngestConfig.SUBFOLDERS, "yes", IngestConfig.MAX_FILE_BYTES, "0", IngestConfig.SETTLE_TIME, "soon")))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).containsExactlyInAnyOrder(
                        "NEWSFLOW_INGEST_AFTER=\"archive\": expected one of keep, move, delete",
                        "NEWSFLOW_INGEST_SUBFOLDERS=\"yes\": expected one of true, false",
                        "NEWSFLOW_INGEST_MAX_FILE_BYTES=\"0\": expected a whole number 1-2147483647",
                        "NEWSFLOW_INGEST_SETTLE_TIME=\"soon\": expected a duration such as 500ms, 5s, 2m, 1h or 7d"));
    }

    @Test
    void the_metrics_endpoint_defaults_to_loopback_port_8081_and_a_bad_port_is_reported() {
        assertThat(IngestConfig.fromEnv(Map.of()).metrics()).isEqualTo(new MetricsEndpoint("127.0.0.1", 8081));
        assertThat(IngestConfig.fromEnv(Map.of(MetricsEndpoint.NEWSFLOW_METRICS_HOST, "0.0.0.0",
                MetricsEndpoint.NEWSFLOW_METRICS_PORT, "0")).metrics()).isEqualTo(new MetricsEndpoint("0.0.0.0", 0));
        assertThatThrownBy(() -> IngestConfig.fromEnv(Map.of(MetricsEndpoint.NEWSFLOW_METRICS_PORT, "80800")))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).containsExactly(
                        "NEWSFLOW_METRICS_PORT=\"80800\": expected a port 1-65535 (0 picks a free one)"));
    }

    @Test
    void batches_default_to_500_articles_8_mebibytes_and_200_ms_and_each_limit_has_its_variable() {
        assertThat(IngestConfig.fromEnv(Map.of()).batch())
                .isEqualTo(new BatchLimits(500, 8 * 1024 * 1024, Duration.ofMillis(200)));
        var config = IngestConfig.fromEnv(Map.of(IngestConfig.BATCH_MAX_ARTICLES, "50",
                IngestConfig.BATCH_MAX_BYTES, "65536", IngestConfig.BATCH_MAX_WAIT, "1s"));
        assertThat(config.batch()).isEqualTo(new BatchLimits(50, 65536, Duration.ofSeconds(1)));
    }

    @Test
    void bad_batch_limits_are_reported_with_variable_value_and_expectation() {
        assertThatThrownBy(() -> IngestConfig.fromEnv(Map.of(IngestConfig.BATCH_MAX_ARTICLES, "0",
                IngestConfig.BATCH_MAX_BYTES, "lots", IngestConfig.BATCH_MAX_WAIT, "0s")))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).containsExactlyInAnyOrder(
                        "NEWSFLOW_INGEST_BATCH_MAX_ARTICLES=\"0\": expected a whole number 1-100000",
                        "NEWSFLOW_INGEST_BATCH_MAX_BYTES=\"lots\": expected a whole number 1-2147483647",
                        "NEWSFLOW_INGEST_BATCH_MAX_WAIT=\"0s\": expected a duration above zero"));
    }

    @Test
    void a_data_folder_inside_the_inbox_is_refused() {
        assertThatThrownBy(() -> IngestConfig.fromEnv(Map.of(IngestConfig.INBOX, "/srv/inbox",
                IngestConfig.DATA_DIR, "/srv/inbox/data")))
                .hasMessageContaining("NEWSFLOW_DATA_DIR=\"/srv/inbox/data\": expected a folder outside "
                        + "NEWSFLOW_INBOX (\"/srv/inbox\"), or ingest-service would read its own reports as articles");
    }
}

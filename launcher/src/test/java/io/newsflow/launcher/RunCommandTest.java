package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow run} refuses a bad environment before it starts anything, naming every problem of every service. */
class RunCommandTest {

    @TempDir
    Path work;

    @Test
    void every_bad_variable_of_every_service_is_named_at_once_and_no_broker_is_started() {
        var console = new Console(Map.of(
                "NEWSFLOW_INGEST_AFTER", "shred",
                "NEWSFLOW_ENRICH_THREADS", "0",
                "NEWSFLOW_HTTP_PORT", "80800"));

        int status = console.type("run", "--inbox", work.resolve("inbox").toString(),
                "--data", work.resolve("data").toString(), "--port", "0", "--kafka-port", "0");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors()).isEqualTo("""
                newsflow run: invalid configuration for ingest-service, enrich-service, store-service:
                  NEWSFLOW_INGEST_AFTER="shred": expected one of keep, move, delete
                  NEWSFLOW_ENRICH_THREADS="0": expected a whole number 1-64
                  NEWSFLOW_HTTP_PORT="80800": expected a port 1-65535 (0 picks a free one)
                """);
        assertThat(work.resolve("data").resolve("kafka")).as("the broker's log folder").doesNotExist();
        assertThat(console.out()).isEmpty();
    }

    @Test
    void a_variable_two_services_share_is_one_problem() {
        var console = new Console(Map.of("NEWSFLOW_DATA_DIR", "bad\0path"));

        int status = console.type("run", "--data", work.resolve("data").toString(), "--port", "0",
                "--kafka-port", "0");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors()).startsWith("newsflow run: invalid configuration for ingest-service, "
                + "enrich-service, store-service:\n  NEWSFLOW_DATA_DIR=").hasLineCount(2);
    }
}

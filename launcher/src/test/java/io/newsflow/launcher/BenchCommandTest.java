package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.launcher.bench.BenchSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code newsflow bench}'s command line: help with the defaults, and mistakes refused before anything starts. */
class BenchCommandTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errorBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream errors = new PrintStream(errorBytes, true, StandardCharsets.UTF_8);

    @Test
    void help_lists_every_option_with_its_default() throws Exception {
        int status = BenchCommand.run(List.of("--help"), Map.of(), out, errors);

        assertThat(status).isZero();
        assertThat(outBytes.toString(StandardCharsets.UTF_8)).startsWith(BenchCommand.USAGE)
                .contains("--articles N", "(default 5000)", "--size BYTES", "(default 3000)", "--rate R",
                        "(default 20)", "--latency-files M", "(default 200)", "--db-url URL", "SQLite");
    }

    @Test
    void no_options_give_the_defaults() {
        assertThat(BenchCommand.parse(List.of())).isEqualTo(new BenchSettings(5000, 3000, 20, 200, Optional.empty(), 2026));
    }

    @Test
    void every_mistake_is_named_with_the_usage_and_exit_status_2() throws Exception {
        int status = BenchCommand.run(List.of("--articles", "0", "--rate", "fast", "--db-url", "jdbc:sqlite:x.db"),
                Map.of(), out, errors);

        assertThat(status).isEqualTo(2);
        assertThat(errorBytes.toString(StandardCharsets.UTF_8)).isEqualTo("newsflow bench: "
                + "--articles \"0\": expected a whole number from 1 to 1000000; "
                + "--rate \"fast\": expected a number from 0.1 to 1000; "
                + "--db-url \"jdbc:sqlite:x.db\": expected jdbc:postgresql://<host>:<port>/<database> "
                + "(without --db-url the bench uses SQLite)\n" + BenchCommand.USAGE + "\n");
        assertThat(outBytes.size()).isZero();
    }

    @Test
    void a_postgresql_url_naming_a_schema_is_refused_since_the_bench_makes_its_own() throws Exception {
        int status = BenchCommand.run(List.of("--db-url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=prod"),
                Map.of(), out, errors);

        assertThat(status).isEqualTo(2);
        assertThat(errorBytes.toString(StandardCharsets.UTF_8))
                .startsWith("newsflow bench: --db-url: leave out currentSchema");
    }
}

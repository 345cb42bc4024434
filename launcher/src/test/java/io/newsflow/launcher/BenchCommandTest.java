package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.launcher.bench.BenchSettings;
import io.newsflow.launcher.bench.BenchSettings.Phase;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code newsflow bench}'s command line: help with the defaults, and mistakes refused before anything starts. */
class BenchCommandTest {

    private final Console console = new Console();

    @Test
    void help_lists_every_option_with_its_default() {
        int status = console.type("bench", "--help");

        assertThat(status).isZero();
        assertThat(console.out()).startsWith("Usage: newsflow bench")
                .contains("--articles=N", "(default: 5000)", "--size=BYTES", "(default: 3000)", "--rate=R",
                        "(default: 20)", "--latency-files=M", "(default: 200)", "--db-url=URL", "SQLite",
                        "--phases=PHASE", "(default: pipeline)", "--search-articles=S", "(default: 20000)",
                        "--search-requests=K", "(default: 100)");
    }

    @Test
    void no_options_give_the_defaults() {
        BenchCommand bench = Console.parsed("bench");

        assertThat(bench.settings()).isEqualTo(new BenchSettings(Set.of(Phase.PIPELINE), 5000, 3000, 20, 200,
                20_000, 100, Optional.empty(), 2026));
    }

    @Test
    void a_fraction_of_a_file_per_second_is_a_rate() {
        BenchCommand bench = Console.parsed("bench", "--rate", "0.5", "--articles", "10");

        assertThat(bench.settings()).isEqualTo(new BenchSettings(Set.of(Phase.PIPELINE), 10, 3000, 0.5, 200,
                20_000, 100, Optional.empty(), 2026));
    }

    @Test
    void the_search_phase_alone_or_after_the_pipeline_with_its_store_size() {
        BenchCommand searchOnly = Console.parsed("bench", "--phases", "search", "--search-articles", "100000");
        BenchCommand both = Console.parsed("bench", "--phases", "pipeline,search", "--search-requests", "50");

        assertThat(searchOnly.settings()).isEqualTo(new BenchSettings(Set.of(Phase.SEARCH), 5000, 3000, 20, 200,
                100_000, 100, Optional.empty(), 2026));
        assertThat(both.settings()).isEqualTo(new BenchSettings(Set.of(Phase.PIPELINE, Phase.SEARCH), 5000, 3000,
                20, 200, 20_000, 50, Optional.empty(), 2026));
    }

    @Test
    void a_phase_the_bench_does_not_know_is_refused_with_the_ones_it_does() {
        assertThat(console.type("bench", "--phases", "pipeline,serch")).isEqualTo(2);
        assertThat(console.errors()).startsWith("newsflow bench: --phases=\"serch\": expected pipeline, search, or"
                + " both separated by a comma");
    }

    @Test
    void a_number_out_of_range_is_named_with_the_range_and_exit_status_2() {
        int status = console.type("bench", "--articles", "0");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors())
                .isEqualTo("newsflow bench: --articles=\"0\": expected a whole number from 1 to 1000000\n");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void a_rate_that_is_not_a_number_is_named_with_what_was_expected() {
        assertThat(console.type("bench", "--rate", "fast")).isEqualTo(2);
        assertThat(console.errors()).isEqualTo("newsflow bench: --rate=\"fast\": expected a number from 0.1 to 1000\n");
    }

    @Test
    void a_database_url_that_is_not_postgresql_is_refused_before_anything_starts() {
        int status = console.type("bench", "--db-url", "jdbc:sqlite:x.db");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors()).isEqualTo("newsflow bench: --db-url=\"jdbc:sqlite:x.db\": expected "
                + "jdbc:postgresql://<host>:<port>/<database> (without --db-url the bench uses SQLite) "
                + "(see newsflow bench --help)\n");
    }

    @Test
    void a_postgresql_url_naming_a_schema_is_refused_since_the_bench_makes_its_own() {
        int status = console.type("bench", "--db-url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=prod");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors()).startsWith("newsflow bench: --db-url: leave out currentSchema");
    }
}

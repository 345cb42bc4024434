package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How {@code newsflow} answers a person at a terminal: help everywhere, and every mistake on one line with exit 2. */
class CommandLineTest {

    private final Console console = new Console();

    @ParameterizedTest
    @ValueSource(strings = {"run", "enrich", "replay", "replay failed", "replay dead-letters", "train-tagger", "bench"})
    void every_command_has_help_naming_its_options_defaults_and_environment(String command) {
        int status = console.type((command + " --help").split(" "));

        assertThat(status).isZero();
        assertThat(console.out()).startsWith("Usage: newsflow " + command).contains("-h, --help");
        if (!command.equals("replay")) {
            assertThat(console.out()).contains("Environment:", "Exit status:");
        }
        assertThat(console.errors()).isEmpty();
    }

    @Test
    void help_command_shows_the_same_help_as_the_option() {
        var viaOption = new Console();
        viaOption.type("run", "-h");

        assertThat(console.type("help", "run")).isZero();
        assertThat(console.out()).isEqualTo(viaOption.out());
    }

    @Test
    void help_reaches_a_subcommand_of_a_subcommand() {
        var viaOption = new Console();
        viaOption.type("replay", "dead-letters", "--help");

        assertThat(console.type("help", "replay", "dead-letters")).isZero();
        assertThat(console.out()).isEqualTo(viaOption.out()).startsWith("Usage: newsflow replay dead-letters");
    }

    @Test
    void help_on_a_command_there_is_not_is_one_line_naming_the_commands_there_are() {
        assertThat(console.type("help", "replay", "dead-leters")).isEqualTo(2);
        assertThat(console.errors()).isEqualTo("newsflow help: unknown command \"dead-leters\": expected one of "
                + "failed, dead-letters (see newsflow help --help)\n");
    }

    @Test
    void newsflow_alone_lists_the_commands() {
        assertThat(console.type()).isZero();
        assertThat(console.out()).contains("run", "enrich", "reenrich", "replay", "train-tagger", "bench", "help");
    }

    @Test
    void version_names_the_build_and_the_default_tagger() {
        assertThat(console.type("--version")).isZero();
        assertThat(console.out()).matches("newsflow \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\ndefault tagger builtin/\\S+\n");
    }

    @Test
    void run_options_keep_their_defaults() {
        RunCommand run = Console.parsed("run");

        assertThat(run.options()).isEqualTo(new RunOptions(Path.of("seeds"), Path.of("data"), 8080, 9092));
    }

    @Test
    void a_bad_value_is_one_line_naming_the_option_the_value_and_what_was_expected() {
        int status = console.type("run", "--port", "abc");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors())
                .isEqualTo("newsflow run: --port=\"abc\": expected a port 1-65535 (0 picks a free one)\n");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void an_unknown_option_is_one_line_saying_where_to_look() {
        int status = console.type("run", "--prot=8081");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors())
                .isEqualTo("newsflow run: Unknown option: '--prot=8081' (see newsflow run --help)\n");
    }

    @Test
    void an_option_misspelt_after_its_first_letters_is_one_line_naming_the_likely_one() {
        int status = console.type("run", "--pot", "8081");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors()).isEqualTo(
                "newsflow run: Unknown options: '--pot', '8081'; did you mean --port? (see newsflow run --help)\n");
    }

    @Test
    void a_missing_value_is_one_line() {
        int status = console.type("replay", "failed", "--inbox");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors()).hasLineCount(1).startsWith("newsflow replay failed: ")
                .contains("--inbox").endsWith("(see newsflow replay failed --help)\n");
    }

    @Test
    void an_unknown_command_and_a_missing_replay_target_are_one_line_each() {
        assertThat(console.type("rnu")).isEqualTo(2);
        assertThat(console.type("replay")).isEqualTo(2);

        assertThat(console.errors()).hasLineCount(2).doesNotContain("Exception");
    }
}

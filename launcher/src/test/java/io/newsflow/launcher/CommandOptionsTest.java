package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The option loop the commands share: values by type, defaults, and every mistake named in one message. */
class CommandOptionsTest {

    private static final List<String> KNOWN = List.of("--data", "--port", "--articles", "--rate");

    @Test
    void given_values_are_read_by_type_and_missing_ones_take_their_default() {
        var options = CommandOptions.parse(List.of("--port", "0", "--rate", "2.5"), KNOWN);

        assertThat(options.port("--port", 8080)).isZero();
        assertThat(options.decimal("--rate", 20, 0.1, 1000)).isEqualTo(2.5);
        assertThat(options.whole("--articles", 5000, 1, 1_000_000)).isEqualTo(5000);
        assertThat(options.path("--data", Path.of("data"))).isEqualTo(Path.of("data"));
        options.validate("usage: test");
    }

    @Test
    void every_mistake_is_named_at_once_followed_by_the_usage() {
        var options = CommandOptions.parse(List.of("--port", "80800", "--articles", "many", "--colour", "red",
                "--rate"), KNOWN);
        options.port("--port", 8080);
        options.whole("--articles", 5000, 1, 1_000_000);

        var refused = assertThrows(IllegalArgumentException.class, () -> options.validate("usage: test"));

        assertThat(refused).hasMessage("unknown option --colour; --rate needs a value; "
                + "--port \"80800\": expected a port 1-65535 (0 picks a free one); "
                + "--articles \"many\": expected a whole number from 1 to 1000000\nusage: test");
    }

    @Test
    void run_options_keep_their_defaults_and_messages() {
        assertThat(RunOptions.parse(List.of())).isEqualTo(new RunOptions(Path.of("seeds"), Path.of("data"), 8080, 9092));

        var refused = assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("--port", "x")));

        assertThat(refused).hasMessage("--port \"x\": expected a port 1-65535 (0 picks a free one)\n" + RunOptions.USAGE);
    }
}

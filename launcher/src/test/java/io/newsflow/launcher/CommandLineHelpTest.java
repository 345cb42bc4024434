package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
 

/**
 * README's Command line section quotes the help of every command exactly as it prints, so the README cannot drift
 * from the options, and a new command fails here until its help is in the README.
 */
class CommandLineHelpTest {

    // The tests run in the module folder; the README is the repository's.
    private final String readme = Files.readString(Path.of("..", "README.md"));

    CommandLineHelpTest() throws IOException {
    }

    /** Every command and subcommand as typed, {@code newsflow replay failed}; {@code help} shows the others' help. */
    static Stream<String> commands() {
        var names = new ArrayList<String>();
        collect(Launcher.commandLine(Map.of(), System.out, System.err), names);
        return names.stream();
    }

    private static void collect(CommandLine command, List<String> names) {
        names.add(command.getCommandSpec().qualifiedName());
        command.getSubcommands().values().stream()
                .filter(sub -> !(sub.getCommand() instanceof HelpCommandLine))
                .forEach(sub -> collect(sub, names));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void the_readme_quotes_the_help_of_each_command_as_it_prints(String command) {
        List<String> words = List.of(command.split(" "));
        var args = new ArrayList<>(words.subList(1, words.size())); // without "newsflow"
        args.add("--help");
        var console = new Console();
        console.type(args.toArray(String[]::new));

        assertThat(readme).as("README's block under #### `%s`: the output of "
                        + "java -jar launcher/target/newsflow-launcher.jar %s", command, String.join(" ", args))
                .contains("#### `" + command + "`\n\n```\n" + console.out() + "```\n");
    }
}

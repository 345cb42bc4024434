package io.newsflow.launcher;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow help [COMMAND [SUBCOMMAND]]}: the help of any command, however deep ({@code newsflow help replay
 * dead-letters}), which picocli's own help command cannot do: it looks one level down only.
 */
@Command(name = "help", helpCommand = true,
        description = "Shows the help of a command: newsflow help replay dead-letters.")
final class HelpCommandLine implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommand if any.")
    private List<String> names = List.of();

    @Override
    public Integer call() {
        CommandLine command = spec.parent().commandLine();
        for (String name : names) {
            CommandLine sub = command.getSubcommands().get(name);
            if (sub == null || sub == spec.commandLine()) {
                throw new ParameterException(spec.commandLine(), "unknown command \"" + name + "\": expected one of "
                        + String.join(", ", command.getSubcommands().keySet().stream()
                                .filter(n -> !n.equals("help")).toList()));
            }
            command = sub;
        }
        command.usage(((Launcher) spec.root().userObject()).out());
        return 0;
    }
}

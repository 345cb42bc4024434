package io.newsflow.launcher;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow}: the one command people run. Each subcommand is its own class; this one holds what they all share
 * (the environment and the two output streams), so tests run the very command line a user types.
 */
@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = NewsflowVersion.class,
        description = "Newsflow turns a folder of incoming news articles into a tagged, queryable and replayable "
                + "stream on Kafka.",
        subcommands = {RunCommand.class, EnrichCommand.class, ReenrichCommand.class, ReplayCommand.class,
                TrainTaggerCommand.class, BenchCommand.class, HelpCommandLine.class},
        footerHeading = "%nEnvironment:%n",
        footer = {"  NEWSFLOW_JAVA_OPTS   JVM options for ./newsflow, e.g. -Xmx512m",
                "  NEWSFLOW_LOG_LEVEL   Newsflow's log level: DEBUG, INFO (default) or WARN",
                "  NEWSFLOW_LOG_FORMAT  text (default) or json",
                "  Each command's --help names the variables it reads; README.md has them all.",
                "",
                "See newsflow help COMMAND, or newsflow COMMAND --help."})
public final class Launcher implements Runnable {

    @Spec
    private CommandSpec spec;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream errors;

    Launcher(Map<String, String> env, PrintStream out, PrintStream errors) {
        this.env = Map.copyOf(env);
        this.out = out;
        this.errors = errors;
    }

    public static void main(String[] args) {
        System.exit(execute(System.getenv(), System.out, System.err, args));
    }

    /** Runs one command line; returns its exit status (0 done, 1 failed, 2 a usage or configuration error). */
    static int execute(Map<String, String> env, PrintStream out, PrintStream errors, String... args) {
        return commandLine(env, out, errors).execute(args);
    }

    /** The command tree as users meet it: plain text (the README quotes it) and every mistake on one line. */
    static CommandLine commandLine(Map<String, String> env, PrintStream out, PrintStream errors) {
        var commandLine = new CommandLine(new Launcher(env, out, errors));
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(errors, true, StandardCharsets.UTF_8));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        commandLine.setParameterExceptionHandler(new OneLineErrors());
        return commandLine;
    }

    /** {@code newsflow} alone shows what it can do. */
    @Override
    public void run() {
        spec.commandLine().usage(out);
    }

    Map<String, String> env() {
        return env;
    }

    PrintStream out() {
        return out;
    }

    PrintStream errors() {
        return errors;
    }
}

package io.newsflow.launcher;

import java.io.PrintStream;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares, mixed in with {@code @Mixin}: its {@code -h}/{@code --help} ({@code newsflow
 * --version} is the one place the version is shown), and the environment and streams of the command line it was
 * typed on.
 */
final class Terminal {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean helpRequested;

    Map<String, String> env() {
        return launcher().env();
    }

    PrintStream out() {
        return launcher().out();
    }

    PrintStream errors() {
        return launcher().errors();
    }

    /**
     * Sends the log to standard error, for a command whose standard output carries its result; called before any
     * logger exists. {@code quiet}: at WARN too unless {@code NEWSFLOW_LOG_LEVEL} says otherwise, so a progress line
     * is not lost among one line per article.
     */
    void logToStandardError(boolean quiet) {
        System.setProperty("NEWSFLOW_LOG_TARGET", "System.err");
        if (quiet && !env().containsKey("NEWSFLOW_LOG_LEVEL")) {
            System.setProperty("NEWSFLOW_LOG_LEVEL", "WARN");
        }
    }

    /** A mistake found once the options are parsed (a file that is not there): one line, exit status 2. */
    ParameterException refuse(String message) {
        return new ParameterException(command.commandLine(), message);
    }

    private Launcher launcher() {
        return (Launcher) command.root().userObject();
    }
}

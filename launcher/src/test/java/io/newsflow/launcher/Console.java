package io.newsflow.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A user's terminal for one test: type a {@code newsflow} command line, then read what it printed where. */
final class Console {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errorBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream errors = new PrintStream(errorBytes, true, StandardCharsets.UTF_8);
    private final Map<String, String> env;

    Console(Map<String, String> env) {
        this.env = env;
    }

    Console() {
        this(Map.of());
    }

    /** Returns the exit status. */
    int type(String... args) {
        return Launcher.execute(env, out, errors, args);
    }

    /** The command a command line selects, its options parsed, not run. */
    static <T> T parsed(String... args) {
        var commandLine = Launcher.commandLine(Map.of(), System.out, System.err);
        var selected = commandLine.parseArgs(args);
        while (selected.hasSubcommand()) {
            selected = selected.subcommand();
        }
        return selected.commandSpec().commandLine().getCommand();
    }

    String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return errorBytes.toString(StandardCharsets.UTF_8);
    }
}

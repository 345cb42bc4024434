package io.newsflow.launcher;

import io.newsflow.config.ConfigException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code newsflow}: the one command people run. Subcommands: {@code run}, {@code enrich}, {@code replay},
 * {@code train-tagger}, {@code bench}. */
public final class Launcher {

    private Launcher() {
    }

    private static final String USAGE = RunOptions.USAGE + "\n" + EnrichCommand.USAGE + "\n" + ReplayCommand.USAGE
            + "\n" + TrainTaggerCommand.USAGE + "\n" + BenchCommand.USAGE;

    public static void main(String[] args) throws InterruptedException, IOException {
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "run" -> run(rest);
            case "enrich" -> {
                // Before any logger exists: standard output carries the JSON Lines, so logs go to standard error.
                System.setProperty("NEWSFLOW_LOG_TARGET", "System.err");
                System.exit(EnrichCommand.run(rest, System.err));
            }
            case "replay" -> System.exit(ReplayCommand.run(rest, System.out, System.err));
            case "train-tagger" -> System.exit(TrainTaggerCommand.run(rest, System.out, System.err));
            case "bench" -> {
                // Before any logger exists: standard output carries the table, so logs go to standard error, and
                // at WARN unless asked otherwise, so the progress line is not lost among one line per article.
                System.setProperty("NEWSFLOW_LOG_TARGET", "System.err");
                if (System.getenv("NEWSFLOW_LOG_LEVEL") == null) {
                    System.setProperty("NEWSFLOW_LOG_LEVEL", "WARN");
                }
                System.exit(BenchCommand.run(rest, System.getenv(), System.out, System.err));
            }
            case "help", "--help", "-h" -> System.out.println(USAGE);
            default -> fail("unknown command \"" + command + "\"\n" + USAGE);
        }
    }

    private static void run(List<String> args) throws InterruptedException {
        RunOptions options;
        try {
            options = RunOptions.parse(args);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        var stopped = new CountDownLatch(1);
        EmbeddedPipeline pipeline;
        try {
            pipeline = EmbeddedPipeline.start(System.getenv(), options);
        } catch (ConfigException e) {
            fail(e.getMessage());
            return;
        } catch (RuntimeException e) {
            fail("cannot start: " + causes(e) + "\n(is another Newsflow using the same ports or data folder? "
                    + "see --port, --kafka-port and --data)");
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pipeline.close();
            stopped.countDown();
        }, "newsflow-shutdown"));
        System.out.printf("%nNewsflow is running.%n  inbox  %s (drop article files here)%n  data   %s%n"
                        + "  API    %s%n  health %s%n  Kafka  %s%nPress Ctrl+C to stop.%n%n",
                options.inbox().toAbsolutePath().normalize(), options.dataDir().toAbsolutePath().normalize(),
                pipeline.apiAddress().resolve("/api/articles"), pipeline.apiAddress().resolve("/health"),
                pipeline.bootstrapServers());
        stopped.await();
    }

    /** The messages of an exception and its causes, which name the port or file that is the problem. */
    private static String causes(Throwable e) {
        var text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    private static void fail(String message) {
        System.err.println("newsflow: " + message);
        System.exit(2);
    }
}

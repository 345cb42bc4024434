package io.newsflow.launcher;

import io.newsflow.config.ConfigException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow run}: the whole pipeline in one process. Defaults suit a first try from the checkout: watch
 * {@code seeds/}, keep everything under {@code ./data}, serve the API on 8080 and Kafka on 9092 (so other tools on
 * this machine can consume the topics).
 */
@Command(name = "run", sortOptions = false,
        description = {"Runs the whole pipeline in one process.",
                "A Kafka broker (KRaft) on 127.0.0.1, and ingest-service, enrich-service and store-service wired as "
                        + "their own mains wire them. Stop it with Ctrl+C; run again on the same data folder and it "
                        + "resumes where it stopped."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped by Ctrl+C or SIGTERM",
                "2:a bad option, a bad NEWSFLOW_* variable (every one is listed), or a port or data folder in use"},
        footerHeading = "%nEnvironment:%n",
        footer = {"  Every NEWSFLOW_* variable of the three services applies (README.md,",
                "  Configuration), e.g. NEWSFLOW_DB_URL to store in PostgreSQL; all of them are",
                "  checked before anything starts. --inbox, --data and --port override",
                "  NEWSFLOW_INBOX, NEWSFLOW_DATA_DIR and NEWSFLOW_HTTP_PORT; the services always",
                "  use the embedded broker, whatever NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS says."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    private Terminal newsflow;

    @Mixin
    private Folders folders;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", converter = OptionValues.Port.class,
            description = "The HTTP API port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--kafka-port", paramLabel = "N", defaultValue = "9092", converter = OptionValues.Port.class,
            description = "The embedded broker's port on 127.0.0.1, for consumers on this machine; 0 picks a free "
                    + "one (default: ${DEFAULT-VALUE}).")
    private int kafkaPort;

    RunOptions options() {
        return new RunOptions(folders.inbox(), folders.data(), port, kafkaPort);
    }

    @Override
    public Integer call() throws InterruptedException {
        var options = options();
        EmbeddedPipeline pipeline;
        try {
            pipeline = EmbeddedPipeline.start(newsflow.env(), options);
        } catch (ConfigException e) {
            return fail(e.getMessage());
        } catch (RuntimeException e) {
            return fail("cannot start: " + causes(e) + "\n(is another Newsflow using the same ports or data folder? "
                    + "see --port, --kafka-port and --data)");
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pipeline.close();
            stopped.countDown();
        }, "newsflow-shutdown"));
        newsflow.out().printf("%nNewsflow is running.%n  inbox  %s (drop article files here)%n  data   %s%n"
                        + "  API    %s%n  health %s%n  Kafka  %s%nPress Ctrl+C to stop.%n%n",
                options.inbox().toAbsolutePath().normalize(), options.dataDir().toAbsolutePath().normalize(),
                pipeline.apiAddress().resolve("/api/articles"), pipeline.apiAddress().resolve("/health"),
                pipeline.bootstrapServers());
        stopped.await();
        return 0;
    }

    private int fail(String message) {
        newsflow.errors().println("newsflow run: " + message);
        return 2;
    }

    /** The messages of an exception and its causes, which name the port or file that is the problem. */
    private static String causes(Throwable e) {
        var text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}

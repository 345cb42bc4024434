package io.newsflow.launcher;

import io.newsflow.config.ConfigException;
import io.newsflow.config.Env;
import io.newsflow.config.KafkaRefusedException;
import io.newsflow.config.KafkaSettings;
import io.newsflow.ingest.failed.FailedFileReplayer;
import io.newsflow.launcher.replay.DeadLetter;
import io.newsflow.launcher.replay.DeadLetterRedriver;
import io.newsflow.launcher.replay.KafkaUnreachableException;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow replay failed}: puts fixed files from {@code failed/} back into the inbox.
 * {@code newsflow replay dead-letters}: re-drives dead-lettered records onto the topic they came from. Defaults match
 * {@code newsflow run}, so after a run the plain commands need no options.
 */
@Command(name = "replay", description = "Puts what Newsflow set aside back into the pipeline, once fixed.",
        subcommands = {ReplayCommand.Failed.class, ReplayCommand.DeadLetters.class})
final class ReplayCommand {

    @Mixin
    private Terminal newsflow;

    @Command(name = "failed", sortOptions = false,
            description = {"Puts fixed files from failed/ back into the inbox.",
                    "Files in <inbox>/failed/ go back to their inbox path; for files kept in place, the report "
                            + "under <data>/failed/ is deleted and the file is touched, so ingest-service reads it "
                            + "again."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:every failed file is back", "1:some were skipped: their inbox path is taken",
                    "2:a bad option"},
            footerHeading = "%nEnvironment:%n",
            footer = {"  None. The defaults are those of newsflow run: give --inbox and --data as",
                    "  run was given them."})
    static final class Failed implements Callable<Integer> {

        @Mixin
        private Terminal newsflow;

        @Mixin
        private Folders folders;

        @Override
        public Integer call() throws IOException {
            var out = newsflow.out();
            var result = new FailedFileReplayer(folders.inbox(), folders.data(), Clock.systemUTC()).replayAll();
            result.replayed().forEach(path -> out.println("replayed " + path));
            result.skipped().forEach(path -> newsflow.errors()
                    .println("skipped " + path + ": its inbox path is taken"));
            out.printf("newsflow replay: %d files back in %s, %d skipped%n", result.replayed().size(), folders.inbox(),
                    result.skipped().size());
            return result.skipped().isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "dead-letters", sortOptions = false,
            description = {"Re-drives dead letters onto the topic each came from.",
                    "Reads news.articles.dlq.v1 and puts each record back on its original topic exactly once (a "
                            + "transaction per record), with its key, value and original headers. A dead letter "
                            + "that names no original topic is left where it is."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:everything on the dead-letter topic was re-driven (or listed, with --dry-run)",
                    "1:Kafka could not be reached within --timeout", "2:a bad option or NEWSFLOW_KAFKA_* variable",
                    "3:Kafka refused the credentials or permissions"},
            footerHeading = "%nEnvironment:%n",
            footer = {"  NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS  the broker when --kafka is not given",
                    "  NEWSFLOW_KAFKA_<PROPERTY>         Kafka client properties (TLS, SASL), as for",
                    "  NEWSFLOW_KAFKA_CONFIG_FILE        the services"})
    static final class DeadLetters implements Callable<Integer> {

        @Mixin
        private Terminal newsflow;

        @Option(names = "--kafka", paramLabel = "HOST:PORT", converter = OptionValues.BootstrapServers.class,
                description = "The Kafka broker to read from and write to (default: 127.0.0.1:9092, where newsflow "
                        + "run serves it, or NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS when set).")
        private String kafka;

        @Option(names = "--dry-run",
                description = "List what would be re-driven (original topic, partition, offset, service and "
                        + "error) without producing or committing anything.")
        private boolean dryRun;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", converter = Timeout.class,
                description = "How long to wait for Kafka to answer before giving up, 1 to 3600 (default: "
                        + "${DEFAULT-VALUE}).")
        private int timeoutSeconds;

        static final class Timeout extends OptionValues.Whole {
            Timeout() {
                super(1, 3600);
            }
        }

        @Override
        public Integer call() {
            KafkaSettings settings;
            try {
                var env = new Env(newsflow.env());
                settings = KafkaSettings.read(env, KafkaSettings.CLIENTS);
                env.validate("newsflow replay dead-letters");
            } catch (ConfigException e) {
                newsflow.errors().println(e.getMessage());
                return 2;
            }
            var redriver = new DeadLetterRedriver(kafka == null ? settings : settings.withBootstrapServers(kafka),
                    Duration.ofSeconds(timeoutSeconds));
            PrintStream out = newsflow.out();
            try {
                if (dryRun) {
                    List<DeadLetter> pending = redriver.pending(newsflow.errors()::println);
                    pending.forEach(letter -> out.println("would re-drive " + describe(letter)));
                    out.printf("newsflow replay: %d dead letters would be re-driven (dry run: nothing was produced "
                            + "or committed)%n", pending.size());
                } else {
                    var counts = redriver.redriveAll(newsflow.errors()::println);
                    counts.forEach((topic, count) -> out.println("re-drove " + count + " to " + topic));
                    out.printf("newsflow replay: %d dead letters re-driven%n",
                            counts.values().stream().mapToInt(Integer::intValue).sum());
                }
                return 0;
            } catch (KafkaUnreachableException e) {
                newsflow.errors().println("newsflow replay dead-letters: " + e.getMessage());
                return 1;
            } catch (KafkaRefusedException e) {
                newsflow.errors().println("newsflow replay dead-letters: " + e.getMessage());
                return 3;
            }
        }

        /** As the log writes fields: bare topic and numbers, the error quoted with {@code "} and {@code \} escaped. */
        private static String describe(DeadLetter letter) {
            return letter.topic() + " partition=" + letter.originalPartition() + " offset=" + letter.originalOffset()
                    + " service=" + letter.service() + " error=\""
                    + String.valueOf(letter.error()).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}

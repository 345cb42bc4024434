package io.newsflow.launcher;

import io.newsflow.ingest.failed.FailedFileReplayer;
import io.newsflow.launcher.replay.DeadLetterRedriver;
import java.io.IOException;
import java.time.Clock;
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
            result.skipped().forEach(path -> newsflow.errors().println("skipped " + path + ": its inbox path is taken"));
            out.printf("newsflow replay: %d files back in %s, %d skipped%n", result.replayed().size(), folders.inbox(),
                    result.skipped().size());
            return result.skipped().isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "dead-letters", sortOptions = false,
            description = {"Re-drives dead letters onto the topic each came from.",
                    "Reads news.articles.dlq.v1 and puts each record back on its original topic exactly once (a "
                            + "transaction per record), with its key, value and original headers."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:everything on the dead-letter topic was re-driven", "2:a bad option"},
            footerHeading = "%nEnvironment:%n",
            footer = {"  None: NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS does not apply; give --kafka."})
    static final class DeadLetters implements Callable<Integer> {

        @Mixin
        private Terminal newsflow;

        @Option(names = "--kafka", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9092",
                description = "The Kafka broker to read from and write to (default: ${DEFAULT-VALUE}, where "
                        + "newsflow run serves it).")
        private String kafka;

        @Override
        public Integer call() {
            var out = newsflow.out();
            var counts = new DeadLetterRedriver(kafka).redriveAll(newsflow.errors()::println);
            counts.forEach((topic, count) -> out.println("re-drove " + count + " to " + topic));
            out.printf("newsflow replay: %d dead letters re-driven%n",
                    counts.values().stream().mapToInt(Integer::intValue).sum());
            return 0;
        }
    }
}

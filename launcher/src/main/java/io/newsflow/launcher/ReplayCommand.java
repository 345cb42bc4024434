package io.newsflow.launcher;

import io.newsflow.ingest.failed.FailedFileReplayer;
import io.newsflow.launcher.replay.DeadLetterRedriver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code newsflow replay failed [--inbox DIR] [--data DIR]}: puts fixed files from {@code failed/} back into the
 * inbox. {@code newsflow replay dead-letters [--kafka HOST:PORT]}: re-drives dead-lettered records onto the topic they
 * came from. Defaults match {@code newsflow run}, so after a run the plain commands need no options.
 */
final class ReplayCommand {

    static final String USAGE = "usage: newsflow replay failed [--inbox DIR] [--data DIR]\n"
            + "       newsflow replay dead-letters [--kafka HOST:PORT]";

    private ReplayCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream errors) throws IOException {
        if (args.isEmpty()) {
            errors.println(USAGE);
            return 2;
        }
        Path inbox = Path.of("seeds");
        Path data = Path.of("data");
        String kafka = "127.0.0.1:9092";
        for (int i = 1; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                errors.println("newsflow replay: " + args.get(i) + " needs a value\n" + USAGE);
                return 2;
            }
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--inbox" -> inbox = Path.of(value);
                case "--data" -> data = Path.of(value);
                case "--kafka" -> kafka = value;
                default -> {
                    errors.println("newsflow replay: unknown option " + args.get(i) + "\n" + USAGE);
                    return 2;
                }
            }
        }
        switch (args.get(0)) {
            case "failed" -> {
                var result = new FailedFileReplayer(inbox, data, Clock.systemUTC()).replayAll();
                result.replayed().forEach(path -> out.println("replayed " + path));
                result.skipped().forEach(path -> errors.println("skipped " + path + ": its inbox path is taken"));
                out.printf("newsflow replay: %d files back in %s, %d skipped%n", result.replayed().size(),
                        inbox, result.skipped().size());
                return result.skipped().isEmpty() ? 0 : 1;
            }
            case "dead-letters" -> {
                var counts = new DeadLetterRedriver(kafka).redriveAll(errors::println);
                counts.forEach((topic, count) -> out.println("re-drove " + count + " to " + topic));
                out.printf("newsflow replay: %d dead letters re-driven%n",
                        counts.values().stream().mapToInt(Integer::intValue).sum());
                return 0;
            }
            default -> {
                errors.println("newsflow replay: unknown target \"" + args.get(0) + "\"\n" + USAGE);
                return 2;
            }
        }
    }
}

package io.newsflow.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@code newsflow run}. Defaults suit a first try from the checkout: watch {@code seeds/}, keep
 * everything under {@code ./data}, serve the API on 8080 and Kafka on 9092 (so other tools on this machine can
 * consume the topics).
 */
record RunOptions(Path inbox, Path dataDir, int httpPort, int kafkaPort) {

    static final String USAGE = "usage: newsflow run [--inbox DIR] [--data DIR] [--port N] [--kafka-port N]";

    static RunOptions parse(List<String> args) {
        var options = CommandOptions.parse(args, List.of("--inbox", "--data", "--port", "--kafka-port"));
        var run = new RunOptions(options.path("--inbox", Path.of("seeds")), options.path("--data", Path.of("data")),
                options.port("--port", 8080), options.port("--kafka-port", 9092));
        options.validate(USAGE);
        return run;
    }
}

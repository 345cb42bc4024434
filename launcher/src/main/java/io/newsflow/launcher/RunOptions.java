package io.newsflow.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code newsflow run}. Defaults suit a first try from the checkout: watch {@code seeds/}, keep
 * everything under {@code ./data}, serve the API on 8080 and Kafka on 9092 (so other tools on this machine can
 * consume the topics).
 */
record RunOptions(Path inbox, Path dataDir, int httpPort, int kafkaPort) {

    static final String USAGE = "usage: newsflow run [--inbox DIR] [--data DIR] [--port N] [--kafka-port N]";

    static RunOptions parse(List<String> args) {
        Path inbox = Path.of("seeds");
        Path data = Path.of("data");
        int port = 8080;
        int kafkaPort = 9092;
        var problems = new ArrayList<String>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                problems.add(option + " needs a value");
                break;
            }
            String value = args.get(++i);
            switch (option) {
                case "--inbox" -> inbox = Path.of(value);
                case "--data" -> data = Path.of(value);
                case "--port" -> port = port(option, value, problems);
                case "--kafka-port" -> kafkaPort = port(option, value, problems);
                default -> problems.add("unknown option " + option);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + "\n" + USAGE);
        }
        return new RunOptions(inbox, data, port, kafkaPort);
    }

    private static int port(String option, String value, List<String> problems) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(option + " \"" + value + "\": expected a port 1-65535 (0 picks a free one)");
        return 0;
    }
}

package io.newsflow.launcher;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --inbox} and {@code --data}, mixed into {@code newsflow run} and {@code newsflow replay failed}, so the replay
 * finds by default what a run with defaults left.
 */
final class Folders {

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "seeds",
            description = "The folder watched for article files (default: ${DEFAULT-VALUE}).")
    private Path inbox;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Where the broker's log, the enricher's state, the SQLite database and the reports of "
                    + "failed files live (default: ${DEFAULT-VALUE}).")
    private Path data;

    Path inbox() {
        return inbox;
    }

    Path data() {
        return data;
    }
}

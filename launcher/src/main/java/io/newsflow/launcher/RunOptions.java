package io.newsflow.launcher;

import java.nio.file.Path;

/** What {@code newsflow run} (and the bench, in its temporary folders) overrides in the services' configuration. */
record RunOptions(Path inbox, Path dataDir, int httpPort, int kafkaPort) {
}

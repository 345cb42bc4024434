package io.newsflow.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own seed articles, the input every pipeline scenario starts from. */
final class Seeds {

    private static final Path FOLDER = Path.of("..", "seeds");

    private Seeds() {
    }

    /** Copies the seeds into {@code inbox} (created if missing) and returns it. */
    static Path copyInto(Path inbox) throws IOException {
        Files.createDirectories(inbox);
        try (var seeds = Files.list(FOLDER)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, inbox.resolve(seed.getFileName()));
            }
        }
        return inbox;
    }
}

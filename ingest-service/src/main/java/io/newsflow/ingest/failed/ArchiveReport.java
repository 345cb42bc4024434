package io.newsflow.ingest.failed;

import io.newsflow.contracts.IngestError;
import io.newsflow.contracts.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The {@code .error.json} of an archive with bad lines: a JSON array of the {@link IngestError} events of its bad
 * lines (and of the break in a corrupt gzip), in line order. Errors are appended as their batches commit, so an
 * archive with many bad lines is never held in memory, and the first error of a run replaces whatever an earlier,
 * interrupted run left (that run's bad lines are read, and reported, again).
 */
public final class ArchiveReport {

    private final Path path;
    private int errors;

    ArchiveReport(Path path) {
        this.path = path;
    }

    public void append(IngestError error) throws IOException {
        byte[] event = Json.write(error);
        if (errors == 0) {
            Files.createDirectories(path.getParent());
            Files.write(path, "[\n".getBytes(StandardCharsets.UTF_8));
        } else {
            Files.write(path, ",\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        }
        Files.write(path, event, StandardOpenOption.APPEND);
        errors++;
    }

    /** Bad lines reported in this run. */
    public int errors() {
        return errors;
    }

    /** Ends the array; a report with no errors was never written. */
    public void close() throws IOException {
        if (errors > 0) {
            Files.write(path, "\n]\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        }
    }

    public Path path() {
        return path;
    }
}

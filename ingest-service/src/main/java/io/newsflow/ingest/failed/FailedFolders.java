package io.newsflow.ingest.failed;

import io.newsflow.ingest.watch.InboxFolders;
import java.nio.file.Path;

/**
 * Where failed files and their {@code <name>.error.json} reports live; one definition shared by the
 * {@link Quarantine} that fills these folders and the {@link FailedFileReplayer} that empties them.
 * A moved file keeps its inbox-relative path under {@code <inbox>/failed/}; a file left in place (keep mode) has
 * only its report, under {@code <data>/failed/}, because the inbox may be a folder the user does not want written.
 */
record FailedFolders(Path inbox, Path dataDir) {

    static final String REPORT_SUFFIX = ".error.json";

    /** Moved failed files and their reports. */
    Path movedFiles() {
        return inbox.resolve(InboxFolders.FAILED_FOLDER);
    }

    /** Reports of failed files left in place. */
    Path reportsInPlace() {
        return dataDir.resolve(InboxFolders.FAILED_FOLDER);
    }

    static Path reportFor(Path file) {
        return file.resolveSibling(file.getFileName() + REPORT_SUFFIX);
    }
}

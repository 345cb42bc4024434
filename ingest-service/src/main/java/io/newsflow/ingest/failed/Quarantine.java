package io.newsflow.ingest.failed;

import io.newsflow.contracts.IngestError;
import io.newsflow.contracts.Json;
import io.newsflow.ingest.done.AfterIngest;
import io.newsflow.ingest.watch.InboxFile;
import io.newsflow.ingest.watch.InboxFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Puts a file that cannot become an article where a person finds it, with its reason beside it, so it is neither
 * lost nor retried in a loop. In keep mode the file stays where it is and only the report is written, under the
 * data folder; the report then also tells a restarted ingest-service that this version was already reported.
 * Bad input is never deleted, even in delete mode: it is the one copy the user may still need.
 */
public final class Quarantine {

    private final FailedFolders folders;
    private final boolean keepInPlace;

    public Quarantine(Path inbox, Path dataDir, AfterIngest after) {
        this.folders = new FailedFolders(inbox, dataDir);
        this.keepInPlace = after == AfterIngest.KEEP;
    }

    /** Where a failed file goes, relative to the inbox, or null when it stays in place. */
    public String movedTo(InboxFile file) {
        return keepInPlace ? null : InboxFolders.FAILED_FOLDER + "/" + file.name();
    }

    /** The {@code .error.json} that reports the file. */
    public Path report(InboxFile file) {
        Path base = keepInPlace ? folders.reportsInPlace() : folders.movedFiles();
        return FailedFolders.reportFor(base.resolve(file.name()));
    }

    /** Moves the file (unless kept in place) and writes its report beside it. */
    public void quarantine(InboxFile file, IngestError error) throws IOException {
        moveAside(file);
        Files.write(report(file), Json.write(error));
    }

    /** Moves the file to {@code failed/} (unless kept in place); its report is written separately. */
    public void moveAside(InboxFile file) throws IOException {
        Path report = report(file);
        Files.createDirectories(report.getParent());
        if (!keepInPlace) {
            // a link is moved as the link: its target outside the inbox is never touched
            Files.move(file.path(), report.resolveSibling(file.fileName()), StandardCopyOption.REPLACE_EXISTING,
                    LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** The report of an archive's bad lines, written where {@link #report} says, as its batches commit. */
    public ArchiveReport archiveReport(InboxFile file) {
        return new ArchiveReport(report(file));
    }

    /** True when the file has a report: it failed before, and has not been replayed since. */
    public boolean hasReport(InboxFile file) {
        return Files.exists(report(file));
    }

    /** True when this version of a kept file (same content hash) already has its report: it was reported before. */
    public boolean alreadyReported(InboxFile file, String sha256) {
        Path report = report(file);
        if (!keepInPlace || !Files.isRegularFile(report)) {
            return false;
        }
        try {
            return Objects.equals(Json.read(Files.readAllBytes(report), IngestError.class).sha256(), sha256);
        } catch (IOException e) {
            return false; // an unreadable report is rewritten by reporting the file again
        }
    }
}

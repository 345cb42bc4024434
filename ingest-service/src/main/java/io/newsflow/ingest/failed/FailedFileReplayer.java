package io.newsflow.ingest.failed;

import io.newsflow.contracts.LogFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends failed files through ingest again once the user has fixed them (or raised a limit): a moved file goes back
 * to its place in the inbox, a file kept in place is touched so the scanner sees a new version, and in both cases
 * its {@code .error.json} is removed, which is what lets ingest read it again. A file whose place in the inbox is
 * taken again is left in {@code failed/}, so a replay never overwrites what the user dropped since.
 */
public final class FailedFileReplayer {

    private static final Logger log = LoggerFactory.getLogger(FailedFileReplayer.class);

    private final FailedFolders folders;
    private final Clock clock;

    public FailedFileReplayer(Path inbox, Path dataDir, Clock clock) {
        this.folders = new FailedFolders(inbox, dataDir);
        this.clock = clock;
    }

    /**
     * What one replay did.
     *
     * @param replayed inbox-relative paths of the files sent through ingest again
     * @param skipped  inbox-relative paths left in {@code failed/}, because the inbox has a file of that name again
     */
    public record Result(List<String> replayed, List<String> skipped) {
    }

    /** Replays every failed file, from both folders (moved files and reports of files kept in place). */
    public Result replayAll() throws IOException {
        var replayed = new ArrayList<String>();
        var skipped = new ArrayList<String>();
        for (Path failed : files(folders.movedFiles(), false)) {
            String name = relative(folders.movedFiles(), failed);
            Path home = folders.inbox().resolve(name);
            if (Files.exists(home)) {
                skipped.add(name);
                log.warn("replay skipped file={}: the inbox has a file of that name again", LogFormat.quoted(name));
                continue;
            }
            Files.createDirectories(home.getParent());
            Files.move(failed, home);
            Files.deleteIfExists(FailedFolders.reportFor(failed));
            replayed.add(name);
            log.info("replay moved file={} back into the inbox", LogFormat.quoted(name));
        }
        for (Path report : files(folders.reportsInPlace(), true)) {
            String name = relative(folders.reportsInPlace(), report);
            name = name.substring(0, name.length() - FailedFolders.REPORT_SUFFIX.length());
            Path file = folders.inbox().resolve(name);
            if (Files.exists(file)) {
                Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
                replayed.add(name);
                log.info("replay file={} is read again where it is", LogFormat.quoted(name));
            }
            Files.delete(report);
        }
        return new Result(replayed, skipped);
    }

    /**
     * The failed files (or their reports) under a folder. The replayer looks in both folders whatever
     * NEWSFLOW_INGEST_AFTER says now: files may have failed under another setting.
     */
    private static List<Path> files(Path folder, boolean reports) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(FailedFolders.REPORT_SUFFIX) == reports)
                    .sorted().toList();
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}

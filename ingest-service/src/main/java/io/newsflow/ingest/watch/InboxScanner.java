package io.newsflow.ingest.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the inbox files that are ready to read. The inbox is scanned, and the scan is woken by the
 * {@link InboxWatch} when a file is whole: the scan also sees files that were there before start and works on
 * folders that send no events.
 *
 * <p>A file is ready as soon as the watch knows it is whole (closed after writing, or renamed in); never while
 * the watch knows it is being written; otherwise once its size and modification time have not changed for the
 * settle time (and at least one scan interval), so a file still being copied in is not read half-way. Names that
 * writers use while writing (dot-files, {@code *.tmp}, {@code *.part}, {@code *~}) are never read, nor is anything
 * under the inbox's own {@code failed/} and {@code processed/} folders. A file is handed out once per version:
 * after {@link #markHandled} it comes back only when its size or modification time changes, so a kept file is not
 * read again on every scan, while a file left pending (Kafka down) is offered again.
 */
public final class InboxScanner {

    private final InboxFolders folders;
    private final InboxWatch watch;
    private final Duration settleTime;
    private final Clock clock;
    private Map<Path, Observation> observed = Map.of();
    private final Map<Path, FileState> handled = new HashMap<>();

    public InboxScanner(InboxFolders folders, InboxWatch watch, Duration settleTime, Clock clock) {
        this.folders = folders;
        this.watch = watch;
        this.settleTime = settleTime;
        this.clock = clock;
    }

    /**
     * What one scan found.
     *
     * @param appeared files that were not there in the last scan: news for the "seen" status
     * @param ready    files that held still long enough and are not handled yet, in path order (so a folder of
     *                 numbered files goes in order)
     */
    public record Scan(List<InboxFile> appeared, List<InboxFile> ready) {
    }

    public Scan scan() {
        watch.refresh();
        Instant now = clock.instant();
        Map<Path, Observation> current = new HashMap<>();
        var appeared = new ArrayList<InboxFile>();
        var ready = new ArrayList<InboxFile>();
        candidates().forEach((path, file) -> {
            var state = new FileState(file.size(), file.modified(), file.linksOutsideInbox());
            Observation before = observed.get(path);
            boolean unchanged = before != null && before.state().equals(state);
            current.put(path, unchanged ? before : new Observation(state, now));
            if (state.equals(handled.get(path))) {
                return;
            }
            if (before == null) {
                appeared.add(file);
            }
            if (isReady(path, before, unchanged, now)) {
                ready.add(file);
            }
        });
        observed = current;
        handled.keySet().retainAll(current.keySet()); // a file that left and came back is new again
        return new Scan(appeared, ready);
    }

    private boolean isReady(Path path, Observation before, boolean unchanged, Instant now) {
        return switch (watch.verdict(path)) {
            case WHOLE -> true;
            case BEING_WRITTEN -> false;
            case NO_WORD -> unchanged && !now.isBefore(before.since().plus(settleTime));
        };
    }

    /** The file's outcome is final (published, already present, failed): skip it until it changes. */
    public void markHandled(InboxFile file) {
        handled.put(file.path(), new FileState(file.size(), file.modified(), file.linksOutsideInbox()));
        watch.handled(file.path());
    }

    /** The path relative to the inbox with '/' separators, as events and the ledger name files. */
    public String relativeName(Path file) {
        return folders.inbox().relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private Map<Path, InboxFile> candidates() {
        var found = new TreeMap<Path, InboxFile>();
        try {
            Path realInbox = folders.inbox().toRealPath();
            // Links are not followed while walking: a linked folder would be a way out of the inbox.
            Files.walkFileTree(folders.inbox(), EnumSet.noneOf(FileVisitOption.class), folders.depth(),
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            return folders.skips(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (!InboxFolders.isTemporary(file)) {
                                InboxFile candidate = candidate(file, attributes, realInbox);
                                if (candidate != null) {
                                    found.put(file, candidate);
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE; // gone since listed, or unreadable: the next scan sees
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan the inbox " + folders.inbox().toAbsolutePath(), e);
        }
        return found;
    }

    private InboxFile candidate(Path file, BasicFileAttributes attributes, Path realInbox) {
        if (attributes.isRegularFile()) {
            return inboxFile(file, attributes, false);
        }
        if (!attributes.isSymbolicLink()) {
            return null;
        }
        try {
            Path target = file.toRealPath();
            if (!target.startsWith(realInbox)) {
                return inboxFile(file, attributes, true);
            }
            var targetAttributes = Files.readAttributes(target, BasicFileAttributes.class);
            // a link to a folder inside the inbox: its files are found where they really are
            return targetAttributes.isRegularFile() ? inboxFile(file, targetAttributes, false) : null;
        } catch (IOException e) {
            return null; // a dangling link (its target may be on its way) or an unreadable one: the next scan looks
        }
    }

    private InboxFile inboxFile(Path file, BasicFileAttributes attributes, boolean outside) {
        return new InboxFile(file, relativeName(file), outside ? 0 : attributes.size(),
                attributes.lastModifiedTime().toInstant(), outside);
    }

    private record FileState(long size, Instant modified, boolean linksOutsideInbox) {
    }

    private record Observation(FileState state, Instant since) {
    }
}

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
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the inbox files that are ready to read. The inbox is scanned rather than watched with inotify because
 * scanning also works on network and container-mounted folders, and it sees files that were there before start.
 *
 * <p>A file is ready once its size and modification time have not changed for the settle time (and at least one
 * scan interval), so a file still being copied in is not read half-way. Names that writers use while writing
 * (dot-files, {@code *.tmp}, {@code *.part}, {@code *~}) are never read, nor is anything under the inbox's own
 * {@code failed/} and {@code processed/} folders. A file is handed out once per version: after
 * {@link #markHandled} it comes back only when its size or modification time changes, so a kept file is not read
 * again on every scan, while a file left pending (Kafka down) is offered again.
 */
public final class InboxScanner {

    /** Folders at the top of the inbox that ingest-service itself fills. */
    public static final String FAILED_FOLDER = "failed";
    public static final String PROCESSED_FOLDER = "processed";
    private static final Set<String> OWN_FOLDERS = Set.of(FAILED_FOLDER, PROCESSED_FOLDER);

    private final Path inbox;
    private final Duration settleTime;
    private final boolean subfolders;
    private final Clock clock;
    private Map<Path, Observation> observed = Map.of();
    private final Map<Path, FileState> handled = new HashMap<>();

    public InboxScanner(Path inbox, Duration settleTime, boolean subfolders, Clock clock) {
        this.inbox = inbox;
        this.settleTime = settleTime;
        this.subfolders = subfolders;
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
            } else if (unchanged && !now.isBefore(before.since().plus(settleTime))) {
                ready.add(file);
            }
        });
        observed = current;
        handled.keySet().retainAll(current.keySet()); // a file that left and came back is new again
        return new Scan(appeared, ready);
    }

    /** The file's outcome is final (published, already present, failed): skip it until it changes. */
    public void markHandled(InboxFile file) {
        handled.put(file.path(), new FileState(file.size(), file.modified(), file.linksOutsideInbox()));
    }

    /** The path relative to the inbox with '/' separators, as events and the ledger name files. */
    public String relativeName(Path file) {
        return inbox.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private Map<Path, InboxFile> candidates() {
        var found = new TreeMap<Path, InboxFile>();
        try {
            Path realInbox = inbox.toRealPath();
            // Links are not followed while walking: a linked folder would be a way out of the inbox.
            Files.walkFileTree(inbox, EnumSet.noneOf(FileVisitOption.class),
                    subfolders ? Integer.MAX_VALUE : 1, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            boolean own = inbox.equals(dir.getParent())
                                    && OWN_FOLDERS.contains(dir.getFileName().toString());
                            boolean skip = !dir.equals(inbox) && (own || isTemporary(dir));
                            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (!isTemporary(file)) {
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
            throw new UncheckedIOException("cannot scan the inbox " + inbox.toAbsolutePath(), e);
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

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".part") || name.endsWith("~");
    }

    private record FileState(long size, Instant modified, boolean linksOutsideInbox) {
    }

    private record Observation(FileState state, Instant since) {
    }
}

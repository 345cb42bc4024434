package io.newsflow.ingest.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the inbox files that are ready to read. The inbox is scanned rather than watched with inotify because
 * scanning also works on network and container-mounted folders, and it sees files that were there before start.
 *
 * <p>A file is ready once its size and modification time are the same in two scans in a row, so a file still being
 * copied in is not read half-way. Names that writers use while writing (dot-files, {@code *.tmp}, {@code *.part},
 * {@code *~}) are never read.
 */
public final class InboxScanner {

    private final Path inbox;
    private Map<Path, FileState> previous = Map.of();

    public InboxScanner(Path inbox) {
        this.inbox = inbox;
    }

    /** Files unchanged since the last scan, in name order (so a folder of numbered files goes in order). */
    public List<Path> readyFiles() {
        Map<Path, FileState> current = new HashMap<>();
        var ready = new ArrayList<Path>();
        try (Stream<Path> files = Files.walk(inbox)) {
            files.filter(InboxScanner::isCandidate).sorted().forEach(file -> {
                FileState state = FileState.of(file);
                if (state == null) {
                    return; // deleted between listing and reading its attributes
                }
                current.put(file, state);
                if (state.equals(previous.get(file))) {
                    ready.add(file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan the inbox " + inbox.toAbsolutePath(), e);
        }
        previous = current;
        return ready;
    }

    public Path inbox() {
        return inbox;
    }

    /** The path relative to the inbox with '/' separators, as events and the ledger name files. */
    public String relativeName(Path file) {
        return inbox.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file)
                && !name.startsWith(".")
                && !name.endsWith(".tmp")
                && !name.endsWith(".part")
                && !name.endsWith("~");
    }

    private record FileState(long size, long modifiedMillis) {
        static FileState of(Path file) {
            try {
                var attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileState(attributes.size(), attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return null;
            }
        }
    }
}

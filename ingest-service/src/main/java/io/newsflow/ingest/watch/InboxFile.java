package io.newsflow.ingest.watch;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file in the inbox as one scan saw it.
 *
 * @param path              where it is
 * @param name              its path relative to the inbox with '/' separators, as events and the ledger name it
 * @param size              its size in bytes (0 for a link that points outside the inbox: it is never followed)
 * @param modified          its modification time
 * @param linksOutsideInbox true for a symbolic link whose target is outside the inbox; such a file is refused
 */
public record InboxFile(Path path, String name, long size, Instant modified, boolean linksOutsideInbox) {

    public String fileName() {
        return path.getFileName().toString();
    }
}

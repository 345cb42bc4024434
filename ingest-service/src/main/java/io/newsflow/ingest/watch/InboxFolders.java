package io.newsflow.ingest.watch;

import java.nio.file.Path;
import java.util.Set;

/** Which folders and names under the inbox hold articles: one answer for the scan and the watcher. */
public final class InboxFolders {

    /** Folders at the top of the inbox that ingest-service itself fills. */
    public static final String FAILED_FOLDER = "failed";
    public static final String PROCESSED_FOLDER = "processed";
    private static final Set<String> OWN_FOLDERS = Set.of(FAILED_FOLDER, PROCESSED_FOLDER);

    private final Path inbox;
    private final boolean subfolders;

    public InboxFolders(Path inbox, boolean subfolders) {
        this.inbox = inbox;
        this.subfolders = subfolders;
    }

    public Path inbox() {
        return inbox;
    }

    /** How deep below the inbox files are read: its own files only, or every level. */
    int depth() {
        return subfolders ? Integer.MAX_VALUE : 1;
    }

    /** A folder whose files are never read: ingest-service's own, a writer's temporary one, or any when off. */
    boolean skips(Path dir) {
        if (dir.equals(inbox)) {
            return false;
        }
        boolean own = inbox.equals(dir.getParent()) && OWN_FOLDERS.contains(dir.getFileName().toString());
        return !subfolders || own || isTemporary(dir);
    }

    /** Names that writers use while writing: never read. */
    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".part") || name.endsWith("~");
    }
}

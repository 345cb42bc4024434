package io.newsflow.ingest.done;

import io.newsflow.ingest.watch.InboxFile;
import io.newsflow.ingest.watch.InboxFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * What happens to a file once its article is safely on Kafka. Keeping it is the default because the usual inbox is
 * the repository's {@code seeds/} folder; the ledger makes keeping safe (an unchanged kept file is never published
 * twice). Moving to {@code processed/} or deleting suits a drop folder that should empty itself.
 */
public enum AfterIngest {
    KEEP, MOVE, DELETE;

    /** The values NEWSFLOW_INGEST_AFTER accepts. */
    public static final List<String> NAMES = List.of("keep", "move", "delete");

    public static AfterIngest named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Applies this choice to a file whose article is published (or was already). */
    public void apply(Path inbox, InboxFile file) throws IOException {
        switch (this) {
            case KEEP -> { }
            case MOVE -> {
                Path target = inbox.resolve(InboxFolders.PROCESSED_FOLDER).resolve(file.name());
                Files.createDirectories(target.getParent());
                Files.move(file.path(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            case DELETE -> Files.deleteIfExists(file.path());
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

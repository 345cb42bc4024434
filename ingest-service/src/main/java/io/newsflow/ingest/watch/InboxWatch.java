package io.newsflow.ingest.watch;

import com.sun.jna.LastErrorException;
import io.newsflow.contracts.LogFormat;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the operating system says about the inbox's files as they are written: on Linux, inotify tells a file
 * closed after writing or renamed in (whole: read it at once) from one being written (wait for the close), and
 * wakes the scan the moment a file is whole instead of at the next scan. Where it says nothing (another platform,
 * a network folder written from another machine, files there before start, after the event queue overflowed) a
 * file is judged by the settle time, as before.
 *
 * <p>Used by the scan thread only: the events queue in the kernel between calls.
 */
public final class InboxWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InboxWatch.class);

    /** What the watch knows of one file. */
    public enum Verdict {
        /** Closed after its last write, or renamed in: read it now. */
        WHOLE,
        /** Written to and not closed yet: wait, however long it pauses. */
        BEING_WRITTEN,
        /** No event for it: let the settle time judge. */
        NO_WORD
    }

    private final InboxFolders folders;
    /** Null where the platform says nothing, or after inotify failed: then the settle time judges every file. */
    private Inotify inotify;
    private final Map<Integer, Path> folderOfWatch = new HashMap<>();
    private final Map<Path, Verdict> verdicts = new HashMap<>();
    private boolean inboxWatched;
    private boolean warnedAboutWatching;

    private InboxWatch(InboxFolders folders, Inotify inotify) {
        this.folders = folders;
        this.inotify = inotify;
    }

    /** Watches the inbox with inotify where the platform has it, and says which way files are judged. */
    public static InboxWatch open(InboxFolders folders, Duration settleTime) {
        try {
            var watch = new InboxWatch(folders, Inotify.open());
            watch.watchInbox();
            log.info("ingest watching inbox={} with inotify: a file is read once closed after writing or renamed "
                    + "in; files it has no word on are read after holding still for settleTime={}",
                    LogFormat.quoted(folders.inbox().toAbsolutePath().normalize()), settleTime);
            return watch;
        } catch (UnsupportedOperationException e) {
            log.info("ingest scanning inbox={}: {}; a file is read after holding still for settleTime={}",
                    LogFormat.quoted(folders.inbox().toAbsolutePath().normalize()), e.getMessage(), settleTime);
            return settleTimeOnly(folders);
        }
    }

    /** A watch with no word on any file: every file is judged by the settle time. */
    public static InboxWatch settleTimeOnly(InboxFolders folders) {
        return new InboxWatch(folders, null);
    }

    public Verdict verdict(Path file) {
        return verdicts.getOrDefault(file, Verdict.NO_WORD);
    }

    /** The file's outcome is final: nothing more to remember until it is written again. */
    public void handled(Path file) {
        verdicts.remove(file, Verdict.WHOLE);
    }

    /** Takes in what happened since the last call, without waiting. */
    void refresh() {
        if (inotify != null) {
            if (!inboxWatched) {
                watchInbox(); // the inbox was removed and may be back
            }
            while (take(await(0)) != Taken.NOTHING) {
                // the queue holds more than one read's worth
            }
        }
    }

    /**
     * Waits up to {@code timeout}, returning early once a file is whole or a folder arrives.
     *
     * @return true when it returned early: a scan is due
     */
    public boolean awaitNews(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toMillis(); left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
            if (inotify == null) {
                Thread.sleep(left);
                return false;
            }
            if (take(await((int) Math.min(left, Integer.MAX_VALUE))) == Taken.NEWS) {
                return true;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        return false;
    }

    private enum Taken { NOTHING, EVENTS, NEWS }

    /** Events, or none after giving inotify up: a failure here must not end the scanning. */
    private Iterable<Inotify.Event> await(int timeoutMillis) {
        try {
            return inotify.await(timeoutMillis);
        } catch (LastErrorException e) {
            log.warn("ingest stops watching the inbox with inotify problem={}: files are read after the settle "
                    + "time", LogFormat.quoted(e.getMessage()));
            close();
            inotify = null;
            verdicts.clear();
            return List.of();
        }
    }

    private Taken take(Iterable<Inotify.Event> events) {
        Taken taken = Taken.NOTHING;
        for (var event : events) {
            boolean news = take(event);
            taken = news ? Taken.NEWS : taken == Taken.NEWS ? taken : Taken.EVENTS;
        }
        return taken;
    }

    /** @return whether the event makes a scan worth doing now */
    private boolean take(Inotify.Event event) {
        if (event.is(Inotify.IN_Q_OVERFLOW)) {
            verdicts.clear();
            log.info("ingest inotify queue overflowed: files written meanwhile are read after the settle time");
            return true;
        }
        if (event.is(Inotify.IN_IGNORED)) { // the folder is gone
            Path folder = folderOfWatch.remove(event.watch());
            if (folders.inbox().equals(folder)) {
                inboxWatched = false;
            }
            return false;
        }
        Path folder = folderOfWatch.get(event.watch());
        if (folder == null || event.name().isEmpty()) {
            return false;
        }
        Path path = folder.resolve(event.name());
        if (event.is(Inotify.IN_ISDIR)) {
            return takeFolder(event, path);
        }
        if (event.is(Inotify.IN_CLOSE_WRITE) || event.is(Inotify.IN_MOVED_TO)) {
            verdicts.put(path, Verdict.WHOLE);
            return true;
        }
        if (event.is(Inotify.IN_MODIFY) || event.is(Inotify.IN_CREATE) && isNewFile(path)) {
            verdicts.put(path, Verdict.BEING_WRITTEN);
        } else if (event.is(Inotify.IN_MOVED_FROM) || event.is(Inotify.IN_DELETE)) {
            verdicts.remove(path);
        }
        return false;
    }

    private boolean takeFolder(Inotify.Event event, Path folder) {
        if (event.is(Inotify.IN_CREATE) || event.is(Inotify.IN_MOVED_TO)) {
            watchTree(folder);
            return true; // files may have landed before its watch: the scan finds them, the settle time judges
        }
        if (event.is(Inotify.IN_MOVED_FROM) || event.is(Inotify.IN_DELETE)) {
            verdicts.keySet().removeIf(path -> path.startsWith(folder));
        }
        return false;
    }

    /**
     * A file created by opening it, which a write and a close follow. A hard link or a symbolic link is created
     * whole and no close follows, so it gets no verdict and the settle time judges it.
     */
    private static boolean isNewFile(Path path) {
        try {
            return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    && ((Number) Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() == 1;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // gone already
        }
    }

    private void watchInbox() {
        if (Files.isDirectory(folders.inbox())) {
            watchTree(folders.inbox());
            inboxWatched = true;
        }
    }

    private void watchTree(Path top) {
        try {
            Files.walkFileTree(top, EnumSet.noneOf(FileVisitOption.class), folders.depth(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (folders.skips(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    watchFolder(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone since listed: nothing to watch
                }
            });
        } catch (IOException e) {
            warnOnce(top, e.getMessage());
        }
    }

    private void watchFolder(Path dir) {
        try {
            folderOfWatch.put(inotify.watch(dir), dir);
        } catch (LastErrorException e) {
            warnOnce(dir, e.getMessage() + " (for too few watches, raise /proc/sys/fs/inotify/max_user_watches)");
        }
    }

    private void warnOnce(Path dir, String problem) {
        if (!warnedAboutWatching) {
            warnedAboutWatching = true;
            log.warn("ingest cannot watch folder={} problem={}: its files are read after the settle time",
                    LogFormat.quoted(dir), LogFormat.quoted(problem));
        }
    }

    @Override
    public void close() {
        if (inotify != null) {
            inotify.close();
        }
    }
}

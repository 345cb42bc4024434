package io.newsflow.ingest.watch;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Structure;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Linux's inotify, called through JNA: the JDK's WatchService uses it too, but reports neither "closed after
 * writing" nor "renamed in", the two events that say a file is whole.
 */
final class Inotify implements AutoCloseable {

    static final int IN_MODIFY = 0x2;
    static final int IN_CLOSE_WRITE = 0x8;
    static final int IN_MOVED_FROM = 0x40;
    static final int IN_MOVED_TO = 0x80;
    static final int IN_CREATE = 0x100;
    static final int IN_DELETE = 0x200;
    static final int IN_Q_OVERFLOW = 0x4000;
    static final int IN_IGNORED = 0x8000;
    static final int IN_ISDIR = 0x40000000;
    private static final int IN_ONLYDIR = 0x01000000;
    /** No events for a file after it is unlinked, even while a reader still holds it open. */
    private static final int IN_EXCL_UNLINK = 0x04000000;
    /** Not IN_OPEN, IN_ACCESS or IN_CLOSE_NOWRITE: ingest's own reading would flood the queue with them. */
    private static final int WATCHED = IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM
            | IN_DELETE | IN_ONLYDIR | IN_EXCL_UNLINK;
    private static final int IN_NONBLOCK = 0x800;
    private static final int IN_CLOEXEC = 0x80000;
    private static final short POLLIN = 1;
    private static final int EINTR = 4;
    private static final int EAGAIN = 11;
    /** Room for many events; one event is at most 16 bytes plus a 255-byte name. */
    private static final int BUFFER_BYTES = 64 * 1024;

    /** One event: {@code name} is the file's name in the watched folder, empty for the folder itself. */
    record Event(int watch, int mask, String name) {

        boolean is(int flag) {
            return (mask & flag) != 0;
        }
    }

    /** The C library's calls; {@code size_t} and {@code nfds_t} are unsigned longs on Linux, hence NativeLong. */
    interface LibC extends Library {
        int inotify_init1(int flags) throws LastErrorException;

        int inotify_add_watch(int fd, byte[] path, int mask) throws LastErrorException;

        int poll(PollFd fds, NativeLong count, int timeoutMillis) throws LastErrorException;

        NativeLong read(int fd, byte[] buffer, NativeLong count) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    /** {@code struct pollfd}. */
    @Structure.FieldOrder({"fd", "events", "revents"})
    public static final class PollFd extends Structure {
        public int fd;
        public short events;
        public short revents;
    }

    private final LibC libc;
    private final int fd;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final PollFd pollFd = new PollFd();
    /** File names are bytes; the JDK turns them into strings with this charset, so we do too. */
    private final Charset names = namesCharset();

    private Inotify(LibC libc) {
        this.libc = libc;
        this.fd = libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        pollFd.fd = fd;
        pollFd.events = POLLIN;
    }

    /**
     * Opens an inotify instance.
     *
     * @throws UnsupportedOperationException where there is none: not Linux, JNA's library cannot be loaded (a
     *                                       temporary folder mounted noexec, say), or the instance limit is reached
     */
    static Inotify open() {
        if (!com.sun.jna.Platform.isLinux()) {
            throw new UnsupportedOperationException("inotify is Linux's; this is " + System.getProperty("os.name"));
        }
        try {
            return new Inotify(Native.load("c", LibC.class));
        } catch (UnsatisfiedLinkError | LastErrorException | NoClassDefFoundError e) {
            throw new UnsupportedOperationException("inotify is not available: " + e.getMessage(), e);
        }
    }

    /**
     * Watches a folder's own entries (not its subfolders').
     *
     * @return the watch's number, which events carry
     * @throws LastErrorException when the folder is gone or the watch limit is reached
     *                            ({@code /proc/sys/fs/inotify/max_user_watches})
     */
    int watch(Path folder) {
        byte[] path = folder.toString().getBytes(names);
        return libc.inotify_add_watch(fd, Arrays.copyOf(path, path.length + 1), WATCHED); // C strings end in 0
    }

    /** Waits up to {@code timeoutMillis} (0: not at all) for events and returns those queued, maybe none. */
    List<Event> await(int timeoutMillis) {
        try {
            pollFd.revents = 0;
            if (libc.poll(pollFd, new NativeLong(1), timeoutMillis) == 0) {
                return List.of();
            }
            int length = libc.read(fd, buffer, new NativeLong(buffer.length)).intValue();
            return parse(length);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == EINTR || e.getErrorCode() == EAGAIN) {
                return List.of();
            }
            throw e;
        }
    }

    /** {@code struct inotify_event}: watch, mask, cookie, name length, then the name padded with zeros. */
    private List<Event> parse(int length) {
        var events = new ArrayList<Event>();
        var in = ByteBuffer.wrap(buffer, 0, length).order(ByteOrder.nativeOrder());
        while (in.remaining() >= 16) {
            int watch = in.getInt();
            int mask = in.getInt();
            in.getInt(); // the cookie pairs a rename's two halves; a move out and in are handled apart
            int nameLength = in.getInt();
            int start = in.position();
            int end = start;
            while (end < start + nameLength && buffer[end] != 0) {
                end++;
            }
            events.add(new Event(watch, mask, new String(buffer, start, end - start, names)));
            in.position(start + nameLength);
        }
        return events;
    }

    private static Charset namesCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        return name != null && Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
    }

    @Override
    public void close() {
        libc.close(fd);
    }
}

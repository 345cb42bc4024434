package io.newsflow.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inotify watch on real files. The settle time is an hour throughout, so a file read at all was read on the
 * watch's word, never because it held still.
 */
class InboxWatchTest {

    private static final Duration AN_HOUR = Duration.ofHours(1);
    /** Long enough never to run out on a slow machine; the waits return as soon as the event is in. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path inbox;
    @TempDir
    Path elsewhere;

    private InboxWatch watch;
    private InboxScanner scanner;

    @BeforeEach
    void watchTheInbox() {
        assumeTrue(com.sun.jna.Platform.isLinux() || "true".equals(System.getenv("CI")),
                "inotify is Linux's; elsewhere the settle time judges every file");
        var folders = new InboxFolders(inbox, true);
        watch = InboxWatch.open(folders, AN_HOUR);
        scanner = new InboxScanner(folders, watch, AN_HOUR, Clock.systemUTC());
    }

    @AfterEach
    void closeTheWatch() {
        if (watch != null) {
            watch.close();
        }
    }

    private List<String> ready() {
        return scanner.scan().ready().stream().map(InboxFile::name).toList();
    }

    @Test
    void a_file_renamed_into_the_inbox_is_ready_at_once_and_wakes_the_wait() throws Exception {
        Path written = Files.writeString(elsewhere.resolve("a.txt"), " date 2022-04-05\nNATO met.");
        assertThat(ready()).isEmpty();

        Files.move(written, inbox.resolve("a.txt"), StandardCopyOption.ATOMIC_MOVE);

        assertThat(watch.awaitNews(PATIENCE)).as("woken by the rename").isTrue();
        assertThat(ready()).containsExactly("a.txt");
    }

    @Test
    void a_file_held_open_is_never_ready_however_long_it_pauses_and_is_ready_once_closed() throws Exception {
        Path file = inbox.resolve("slow.txt");
        try (var writer = Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writer.write(StandardCharsets.UTF_8.encode(" date 2022-04-05\n"));
            assertThat(watch.awaitNews(Duration.ofMillis(300))).as("a write is no news").isFalse();
            assertThat(ready()).isEmpty();
            writer.write(StandardCharsets.UTF_8.encode("NATO met."));
            assertThat(ready()).isEmpty();
        }
        assertThat(watch.awaitNews(PATIENCE)).as("woken by the close").isTrue();
        assertThat(ready()).containsExactly("slow.txt");
    }

    @Test
    void a_handled_file_is_not_offered_again_until_it_is_written_and_closed_again() throws Exception {
        Path file = Files.writeString(inbox.resolve("a.txt"), "NATO");
        var ready = scanner.scan().ready();
        assertThat(ready).extracting(InboxFile::name).containsExactly("a.txt");
        scanner.markHandled(ready.get(0));
        assertThat(ready()).isEmpty();

        Files.writeString(file, "NATO met again", StandardOpenOption.APPEND);

        assertThat(watch.awaitNews(PATIENCE)).isTrue();
        assertThat(ready()).containsExactly("a.txt");
    }

    @Test
    void a_hard_link_gets_no_word_so_the_settle_time_judges_it() throws Exception {
        Path original = Files.writeString(elsewhere.resolve("a.txt"), "NATO");
        Files.createLink(inbox.resolve("a.txt"), original);

        assertThat(watch.awaitNews(Duration.ofMillis(300))).isFalse();
        assertThat(watch.verdict(inbox.resolve("a.txt"))).isEqualTo(InboxWatch.Verdict.NO_WORD);
        assertThat(ready()).isEmpty();
    }

    @Test
    void a_folder_made_after_start_is_watched_too() throws Exception {
        Path folder = Files.createDirectories(inbox.resolve("2022/04"));
        assertThat(watch.awaitNews(PATIENCE)).as("a new folder wakes the scan").isTrue();
        ready();

        Files.writeString(folder.resolve("a.txt"), "NATO");

        assertThat(watch.awaitNews(PATIENCE)).isTrue();
        assertThat(ready()).containsExactly("2022/04/a.txt");
    }

    @Test
    void ingest_s_own_folders_are_not_watched() throws Exception {
        Path failed = Files.createDirectories(inbox.resolve(InboxFolders.FAILED_FOLDER));
        watch.awaitNews(PATIENCE);

        Files.writeString(failed.resolve("a.txt"), "not news");

        assertThat(watch.awaitNews(Duration.ofMillis(300))).isFalse();
        assertThat(ready()).isEmpty();
    }
}

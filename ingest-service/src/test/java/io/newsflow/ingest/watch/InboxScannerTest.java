package io.newsflow.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxScannerTest {

    @TempDir
    Path inbox;
    @TempDir
    Path outside;

    /** A clock the test moves by hand, so settling is checked without sleeping. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();

    private InboxScanner scanner(Duration settle, boolean subfolders) {
        var folders = new InboxFolders(inbox, subfolders);
        return new InboxScanner(folders, InboxWatch.settleTimeOnly(folders), settle, clock);
    }

    private static java.util.List<String> names(java.util.List<InboxFile> files) {
        return files.stream().map(InboxFile::name).toList();
    }

    @Test
    void a_file_is_ready_only_after_holding_still_for_the_settle_time() throws Exception {
        var scanner = scanner(Duration.ofSeconds(2), true);
        Files.writeString(inbox.resolve("a.txt"), "NATO");

        assertThat(names(scanner.scan().appeared())).containsExactly("a.txt");
        clock.advance(Duration.ofSeconds(1));
        assertThat(scanner.scan().ready()).as("unchanged for 1 s of 2").isEmpty();
        Files.writeString(inbox.resolve("a.txt"), "NATO met"); // still being written: the clock starts again
        clock.advance(Duration.ofSeconds(2));
        assertThat(scanner.scan().ready()).as("changed since the last scan").isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(names(scanner.scan().ready())).containsExactly("a.txt");
    }

    @Test
    void a_handled_file_is_offered_again_only_when_it_changes() throws Exception {
        var scanner = scanner(Duration.ZERO, true);
        Path file = Files.writeString(inbox.resolve("a.txt"), "NATO");
        scanner.scan();
        var ready = scanner.scan().ready();
        assertThat(names(ready)).containsExactly("a.txt");

        scanner.markHandled(ready.get(0));
        assertThat(scanner.scan().ready()).isEmpty();

        Files.writeString(file, "NATO met again");
        scanner.scan();
        assertThat(names(scanner.scan().ready())).containsExactly("a.txt");
    }

    @Test
    void a_file_not_marked_handled_is_offered_again_on_the_next_scan() throws Exception {
        var scanner = scanner(Duration.ZERO, true);
        Files.writeString(inbox.resolve("a.txt"), "NATO");
        scanner.scan();
        assertThat(names(scanner.scan().ready())).containsExactly("a.txt");
        assertThat(names(scanner.scan().ready())).containsExactly("a.txt");
    }

    @Test
    void temporary_names_and_ingest_s_own_folders_are_never_offered() throws Exception {
        var scanner = scanner(Duration.ZERO, true);
        for (String name : new String[] {".hidden", "a.txt.tmp", "a.txt.part", "a.txt~"}) {
            Files.writeString(inbox.resolve(name), "x");
        }
        for (String folder : new String[] {"failed", "processed", ".git"}) {
            Files.createDirectories(inbox.resolve(folder));
            Files.writeString(inbox.resolve(folder).resolve("b.txt"), "x");
        }
        Files.writeString(inbox.resolve("a.txt"), "NATO");
        scanner.scan();
        assertThat(names(scanner.scan().ready())).containsExactly("a.txt");
    }

    @Test
    void files_in_subfolders_are_offered_unless_subfolders_are_off() throws Exception {
        Files.createDirectories(inbox.resolve("2022/04"));
        Files.writeString(inbox.resolve("2022/04/a.txt"), "NATO");
        Files.writeString(inbox.resolve("b.txt"), "NATO");

        var deep = scanner(Duration.ZERO, true);
        deep.scan();
        assertThat(names(deep.scan().ready())).containsExactly("2022/04/a.txt", "b.txt");

        var flat = scanner(Duration.ZERO, false);
        flat.scan();
        assertThat(names(flat.scan().ready())).containsExactly("b.txt");
    }

    @Test
    void a_link_to_a_file_outside_the_inbox_is_offered_marked_as_outside_and_one_inside_is_read_through() throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "not an article");
        Path real = Files.writeString(inbox.resolve("real.txt"), "NATO");
        Files.createSymbolicLink(inbox.resolve("escape.txt"), secret);
        Files.createSymbolicLink(inbox.resolve("alias.txt"), real);
        var scanner = scanner(Duration.ZERO, true);
        scanner.scan();

        var ready = scanner.scan().ready();
        assertThat(ready).extracting(InboxFile::name, InboxFile::linksOutsideInbox, InboxFile::size)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("alias.txt", false, 4L),
                        org.assertj.core.groups.Tuple.tuple("escape.txt", true, 0L),
                        org.assertj.core.groups.Tuple.tuple("real.txt", false, 4L));
    }
}

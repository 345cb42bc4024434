package io.newsflow.ingest.failed;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.IngestError;
import io.newsflow.ingest.done.AfterIngest;
import io.newsflow.ingest.watch.InboxFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailedFileReplayerTest {

    private static final Instant NOW = Instant.parse("2024-01-01T12:00:00Z");

    @TempDir
    Path inbox;
    @TempDir
    Path data;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private InboxFile fail(AfterIngest mode, String name, String content) throws Exception {
        Path path = inbox.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        var file = new InboxFile(path, name, content.length(), Files.getLastModifiedTime(path).toInstant(), false);
        var quarantine = new Quarantine(inbox, data, mode);
        quarantine.quarantine(file, new IngestError(name, path.getFileName().toString(), "empty", "the file is empty",
                content.length(), "ab".repeat(32), quarantine.movedTo(file), NOW));
        return file;
    }

    @Test
    void a_moved_file_goes_back_to_its_place_in_the_inbox_and_its_report_is_removed() throws Exception {
        // given a file in a sub-folder quarantined in move mode
        fail(AfterIngest.MOVE, "2022/bad.txt", "x");
        assertThat(inbox.resolve("failed/2022/bad.txt")).exists();
        assertThat(inbox.resolve("failed/2022/bad.txt.error.json")).exists();
        assertThat(inbox.resolve("2022/bad.txt")).doesNotExist();

        // when failed files are replayed
        var result = new FailedFileReplayer(inbox, data, clock).replayAll();

        // then it is back where it was dropped, and failed/ holds nothing of it
        assertThat(result.replayed()).containsExactly("2022/bad.txt");
        assertThat(inbox.resolve("2022/bad.txt")).hasContent("x");
        assertThat(inbox.resolve("failed/2022/bad.txt")).doesNotExist();
        assertThat(inbox.resolve("failed/2022/bad.txt.error.json")).doesNotExist();
    }

    @Test
    void a_file_kept_in_place_loses_its_report_and_is_touched_so_ingest_reads_it_again() throws Exception {
        fail(AfterIngest.KEEP, "bad.txt", "x");
        assertThat(data.resolve("failed/bad.txt.error.json")).exists();

        var result = new FailedFileReplayer(inbox, data, clock).replayAll();

        assertThat(result.replayed()).containsExactly("bad.txt");
        assertThat(data.resolve("failed/bad.txt.error.json")).doesNotExist();
        assertThat(Files.getLastModifiedTime(inbox.resolve("bad.txt")).toInstant()).isEqualTo(NOW);
    }

    @Test
    void a_failed_file_whose_name_is_taken_again_in_the_inbox_stays_in_failed() throws Exception {
        fail(AfterIngest.MOVE, "bad.txt", "old");
        Files.writeString(inbox.resolve("bad.txt"), "new");

        var result = new FailedFileReplayer(inbox, data, clock).replayAll();

        assertThat(result.replayed()).isEmpty();
        assertThat(result.skipped()).containsExactly("bad.txt");
        assertThat(inbox.resolve("bad.txt")).hasContent("new");
        assertThat(inbox.resolve("failed/bad.txt")).hasContent("old");
        assertThat(inbox.resolve("failed/bad.txt.error.json")).exists();
    }

    @Test
    void nothing_failed_means_nothing_replayed() throws Exception {
        var result = new FailedFileReplayer(inbox, data, clock).replayAll();
        assertThat(result.replayed()).isEmpty();
        assertThat(result.skipped()).isEmpty();
    }
}

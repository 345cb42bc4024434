package io.newsflow.store.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository scenarios on a real SQLite file, the embedded default: a fresh file per test. */
class SqliteArticleRepositoryIT extends ArticleRepositoryScenarios {

    @TempDir
    Path dataDir;

    @Override
    Database openDatabase() {
        return new Database("jdbc:sqlite:" + dataDir.resolve("nested/folder/newsflow.db"), null, null);
    }

    @Test
    void two_instances_migrating_one_new_file_at_once_apply_each_version_once() throws Exception {
        String url = "jdbc:sqlite:" + dataDir.resolve("shared/newsflow.db");
        assertConcurrentMigrationsApplyEachVersionOnce(() -> new Database(url, null, null));
    }

    @Test
    void a_file_written_at_schema_v1_reads_back_its_rows_after_migrating() {
        try (var fresh = new Database("jdbc:sqlite:" + dataDir.resolve("v1/newsflow.db"), null, null)) {
            assertRowsStoredBeforeV2ReadBackWithoutTheLaterSourceFields(fresh);
        }
    }

    @Test
    void the_file_and_its_missing_folders_are_created_in_wal_mode() throws Exception {
        assertThat(dataDir.resolve("nested/folder/newsflow.db")).isRegularFile();
        String mode = database.read("read journal mode", connection -> {
            try (var rows = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
                rows.next();
                return rows.getString(1);
            }
        });
        assertThat(mode).isEqualToIgnoringCase("wal");
        assertThat(Files.list(dataDir.resolve("nested/folder"))).isNotEmpty();
    }

    @Test
    void a_file_written_at_schema_v2_finds_its_rows_by_search_after_migrating() {
        try (var fresh = new Database("jdbc:sqlite:" + dataDir.resolve("v2/newsflow.db"), null, null)) {
            assertRowsStoredBeforeV3AreFoundOnceIndexed(fresh);
        }
    }
}

package io.newsflow.store.persist;

import io.newsflow.testing.PostgresSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository scenarios on the local PostgreSQL, in a schema of this class's own, dropped afterwards. Skipped
 * where no server runs, except under {@code CI=true}, where that fails (see {@link PostgresSchema}).
 */
class PostgresArticleRepositoryIT extends ArticleRepositoryScenarios {

    static PostgresSchema schema;

    @BeforeAll
    static void createSchema() {
        schema = PostgresSchema.create();
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    Database openDatabase() {
        return new Database(schema.jdbcUrl(), schema.user(), null);
    }

    @Test
    void two_instances_migrating_one_new_schema_at_once_apply_each_version_once() throws Exception {
        try (var fresh = PostgresSchema.create()) {
            assertConcurrentMigrationsApplyEachVersionOnce(() -> new Database(fresh.jdbcUrl(), fresh.user(), null));
        }
    }

    @Test
    void a_schema_written_at_v1_reads_back_its_rows_after_migrating() throws Exception {
        try (var fresh = PostgresSchema.create(); var database = new Database(fresh.jdbcUrl(), fresh.user(), null)) {
            assertRowsStoredBeforeV2ReadBackWithoutTheLaterSourceFields(database);
        }
    }

    @Test
    void a_schema_written_at_v2_finds_its_rows_by_search_after_migrating() throws Exception {
        try (var fresh = PostgresSchema.create(); var database = new Database(fresh.jdbcUrl(), fresh.user(), null)) {
            assertRowsStoredBeforeV3AreFoundOnceIndexed(database);
        }
    }
}

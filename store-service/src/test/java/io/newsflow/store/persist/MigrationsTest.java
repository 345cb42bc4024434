package io.newsflow.store.persist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void scripts_are_found_on_the_classpath_in_version_order() {
        var scripts = Migrations.load(Migrations.class.getClassLoader(), Dialect.SQLITE);

        assertThat(scripts).extracting(Migrations.Script::version, Migrations.Script::description)
                .startsWith(org.assertj.core.api.Assertions.tuple(1, "create_articles"),
                        org.assertj.core.api.Assertions.tuple(2, "add_source_provenance"));
        assertThat(scripts.get(0).statements()).anyMatch(s -> s.startsWith("CREATE TABLE articles"));
        assertThat(scripts.get(0).checksum()).hasSize(64);
        assertThat(scripts.get(1).statements()).as("one column per statement, as SQLite needs")
                .allMatch(s -> s.startsWith("ALTER TABLE articles ADD COLUMN source_")).hasSize(4);
    }

    @Test
    void a_script_named_for_one_database_is_loaded_for_that_one_only() {
        var sqlite = Migrations.load(Migrations.class.getClassLoader(), Dialect.SQLITE);
        var postgresql = Migrations.load(Migrations.class.getClassLoader(), Dialect.POSTGRESQL);

        assertThat(sqlite).extracting(Migrations.Script::version).containsExactly(1, 2, 3, 4);
        assertThat(postgresql).extracting(Migrations.Script::version).containsExactly(1, 2, 3, 4);
        assertThat(sqlite.get(2).statements()).anyMatch(s -> s.startsWith("CREATE VIRTUAL TABLE article_search"));
        assertThat(postgresql.get(2).statements()).anyMatch(s -> s.startsWith("ALTER TABLE articles ADD COLUMN search"));
        assertThat(sqlite.get(2).description()).isEqualTo(postgresql.get(2).description()).isEqualTo("article_search");
    }

    @Test
    void a_script_splits_into_statements_at_line_ending_semicolons_without_comments() {
        var statements = Migrations.statements("""
                -- a comment; with a semicolon
                CREATE TABLE a (
                    x INTEGER -- the x
                );
                CREATE INDEX a_x ON a (x);
                """);

        assertThat(statements).containsExactly("CREATE TABLE a (\n    x INTEGER -- the x\n)", "CREATE INDEX a_x ON a (x)");
    }
}

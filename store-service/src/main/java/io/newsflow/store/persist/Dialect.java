package io.newsflow.store.persist;

import io.newsflow.store.StoreConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The few places SQLite and PostgreSQL differ for us; every statement is otherwise the same standard SQL. SQLite has
 * no date or timestamp storage class, so it keeps ISO-8601 text (which sorts like the dates it spells), while
 * PostgreSQL gets real {@code DATE} and {@code TIMESTAMPTZ} values. Full-text search is each database's own: an FTS5
 * table on SQLite, a {@code tsvector} column on PostgreSQL (schema V3).
 */
enum Dialect {

    SQLITE {
        @Override
        void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
            statement.setString(index, date == null ? null : date.toString());
        }

        @Override
        LocalDate getDate(ResultSet row, String column) throws SQLException {
            String text = row.getString(column);
            return text == null ? null : LocalDate.parse(text);
        }

        @Override
        void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            statement.setString(index, instant == null ? null : instant.toString());
        }

        @Override
        Instant getInstant(ResultSet row, String column) throws SQLException {
            String text = row.getString(column);
            return text == null ? null : Instant.parse(text);
        }

        @Override
        void lockForMigration(Connection connection) {
            // The writer connection opens IMMEDIATE transactions: the file is already locked against other writers.
        }

        @Override
        Search search() {
            // bm25 weighs a match in the title ten times one in the text; the index's article_id column not at all.
            return new Search(" JOIN article_search ON article_search.article_id = a.id", " AND article_search MATCH ?",
                    "bm25(article_search, 0.0, 10.0, 1.0)",
                    "snippet(article_search, 2, '" + Search.MARK + "', '" + Search.END_MARK + "', '…', 16)",
                    SearchQuery::toFts5);
        }
    },

    POSTGRESQL {
        @Override
        void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
            statement.setObject(index, date, Types.DATE);
        }

        @Override
        LocalDate getDate(ResultSet row, String column) throws SQLException {
            return row.getObject(column, LocalDate.class);
        }

        @Override
        void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            statement.setObject(index, instant == null ? null : instant.atOffset(ZoneOffset.UTC),
                    Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        Instant getInstant(ResultSet row, String column) throws SQLException {
            OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        @Override
        void lockForMigration(Connection connection) throws SQLException {
            // Held until the migration transaction ends, so a second instance starting at the same moment waits
            // and then finds the versions applied. Keyed by schema: test schemas on one server do not queue.
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(hashtext('newsflow-store-migration:' || current_schema()))");
            }
        }

        @Override
        Search search() {
            // ts_rank_cd counts how close the matched words stand; the title's words weigh more (weight A).
            return new Search(" CROSS JOIN websearch_to_tsquery('english', ?) AS search_query",
                    " AND a.search @@ search_query", "-ts_rank_cd(a.search, search_query)",
                    "ts_headline('english', a.text, search_query, 'StartSel=" + Search.MARK + ", StopSel="
                            + Search.END_MARK + ", MaxWords=24, MinWords=12, MaxFragments=1')",
                    SearchQuery::toWebSearch);
        }
    };

    /**
     * The pieces of a full-text search in one database's SQL: a join that brings the index in (and, on PostgreSQL,
     * the query as a value), the condition, a rank that sorts best first, and a snippet of the text with the matched
     * words marked. The query is bound once, in the join or in the condition, as {@code argument} writes it.
     */
    record Search(String join, String condition, String rank, String snippet,
                  java.util.function.Function<SearchQuery, String> argument) {
        static final String MARK = "<mark>";
        static final String END_MARK = "</mark>";
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith(StoreConfig.SQLITE_PREFIX)) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith(StoreConfig.POSTGRESQL_PREFIX)) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL: expected " + StoreConfig.SQLITE_PREFIX
                + "<file> or " + StoreConfig.POSTGRESQL_PREFIX + "<host>:<port>/<database>");
    }

    abstract void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException;

    abstract LocalDate getDate(ResultSet row, String column) throws SQLException;

    abstract void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException;

    abstract Instant getInstant(ResultSet row, String column) throws SQLException;

    abstract void lockForMigration(Connection connection) throws SQLException;

    abstract Search search();
}

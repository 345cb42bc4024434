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
 * PostgreSQL gets real {@code DATE} and {@code TIMESTAMPTZ} values.
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
    };

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
}

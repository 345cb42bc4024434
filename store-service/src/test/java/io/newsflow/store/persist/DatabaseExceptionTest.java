package io.newsflow.store.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DatabaseExceptionTest {

    @Test
    void an_unreachable_server_is_transient() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");

        assertThat(new DatabaseException("store", refused).isTransient()).isTrue();
    }

    @Test
    void a_pool_timeout_wrapping_the_cause_is_transient() {
        var timeout = new SQLTransientConnectionException("store - Connection is not available");

        assertThat(new DatabaseException("store", timeout).isTransient()).isTrue();
    }

    @Test
    void a_deadlock_victim_and_a_server_shutting_down_are_transient() {
        assertThat(new DatabaseException("store", new SQLException("deadlock", "40P01")).isTransient()).isTrue();
        assertThat(new DatabaseException("store", new SQLException("shutdown", "57P01")).isTransient()).isTrue();
    }

    @Test
    void a_busy_sqlite_file_is_transient() {
        var busy = new SQLiteException("database is locked", SQLiteErrorCode.SQLITE_BUSY);

        assertThat(new DatabaseException("store", busy).isTransient()).isTrue();
    }

    @Test
    void a_constraint_violation_is_the_datas_fault() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        var sqliteConstraint = new SQLiteException("UNIQUE constraint failed", SQLiteErrorCode.SQLITE_CONSTRAINT);

        assertThat(new DatabaseException("store", duplicate).isTransient()).isFalse();
        assertThat(new DatabaseException("store", sqliteConstraint).isTransient()).isFalse();
    }
}

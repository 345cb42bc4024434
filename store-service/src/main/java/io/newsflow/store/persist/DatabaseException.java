package io.newsflow.store.persist;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * A failed database call, already judged: {@link #isTransient()} tells an outage that will pass (connection refused,
 * pool timeout, lock contention, a deadlock victim) from a statement the database will always reject. The consumer
 * retries the first and dead-letters only after the second, so an outage never floods the dead-letter topic.
 */
public final class DatabaseException extends RuntimeException {

    /** SQLite's primary result codes for a busy or locked file, I/O trouble, a full disk, an unopenable file. */
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    private final boolean transientFailure;

    public DatabaseException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
        this.transientFailure = isTransient(cause);
    }

    public boolean isTransient() {
        return transientFailure;
    }

    static boolean isTransient(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && (transientState(sql.getSQLState()) || transientSqliteCode(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes that say "try again later": 08 connection, 40 rollback (serialization, deadlock), 53
     * insufficient resources, 57 operator intervention (server shutting down), 58 system error.
     */
    private static boolean transientState(String state) {
        return state != null && state.length() >= 2
                && switch (state.substring(0, 2)) {
                    case "08", "40", "53", "57", "58" -> true;
                    default -> false;
                };
    }

    /** sqlite-jdbc reports no SQLSTATE; its error code is SQLite's (possibly extended) result code. */
    private static boolean transientSqliteCode(SQLException failure) {
        if (!failure.getClass().getName().startsWith("org.sqlite.")) {
            return false;
        }
        int primary = failure.getErrorCode() & 0xff;
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_IOERR
                || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN;
    }
}

package io.newsflow.store.persist;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.store.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The store's connections and its one way to run work on them: {@link #inTransaction} for writes, {@link #read} for
 * queries, each turning a {@link SQLException} into a judged {@link DatabaseException}. SQLite allows one writer at
 * a time, so it gets a one-connection write pool whose transactions take the write lock at BEGIN, plus a read pool
 * that WAL mode lets run beside it; PostgreSQL gets one small pool for both. Pools connect lazily, so building a
 * Database never fails because the server is down; the first call does.
 */
public final class Database implements AutoCloseable {

    private static final int POOL_SIZE = 4;
    private static final long CONNECTION_TIMEOUT_MS = 5_000;
    private static final String SQLITE_BUSY_TIMEOUT_MS = "10000";

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Dialect dialect;
    private final HikariDataSource writer;
    private final HikariDataSource reader;

    public Database(String jdbcUrl, String user, String password) {
        this.dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.SQLITE) {
            createParentFolder(jdbcUrl);
            this.writer = new HikariDataSource(sqlite(jdbcUrl, "store-writer", 1, true));
            this.reader = new HikariDataSource(sqlite(jdbcUrl, "store-reader", POOL_SIZE, false));
        } else {
            var config = base(jdbcUrl, "store", POOL_SIZE);
            config.setUsername(user);
            config.setPassword(password);
            // The store writes each kind of row for a whole batch in one JDBC batch; sent as multi-row INSERTs they
            // store about 1.7 times as many articles a second (the bench's database ceiling). A URL that sets the
            // driver property itself wins over this default.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            this.writer = new HikariDataSource(config);
            this.reader = writer;
        }
    }

    Dialect dialect() {
        return dialect;
    }

    /** Runs {@code work} in one transaction on the write connection: all of it commits, or none of it. */
    public <T> T inTransaction(String what, Work<T> work) {
        try (Connection connection = writer.getConnection()) {
            try {
                connection.setAutoCommit(false);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                abandon(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot " + what, e);
        }
    }

    /** Runs read-only {@code work} on a read connection. */
    public <T> T read(String what, Work<T> work) {
        try (Connection connection = reader.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException("cannot " + what, e);
        }
    }

    /**
     * Reports the pools' connections (active, idle, pending, acquire and usage time) as {@code hikaricp_*} meters,
     * tagged with the pool's name. HikariCP takes this once per pool, even after the pool has started.
     */
    public void measureWith(MeterRegistry registry) {
        var factory = new MicrometerMetricsTrackerFactory(registry);
        writer.setMetricsTrackerFactory(factory);
        if (reader != writer) {
            reader.setMetricsTrackerFactory(factory);
        }
    }

    /** True when a read connection answers now; what the health endpoint reports. */
    public boolean isReachable() {
        try (Connection connection = reader.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (reader != writer) {
            reader.close();
        }
        writer.close();
    }

    private static HikariConfig base(String jdbcUrl, String poolName, int size) {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName(poolName);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        // Lazy: the first getConnection() reports an unreachable database, judged transient like any outage.
        config.setInitializationFailTimeout(-1);
        return config;
    }

    private static HikariConfig sqlite(String jdbcUrl, String poolName, int size, boolean writes) {
        var config = base(jdbcUrl, poolName, size);
        // sqlite-jdbc reads these as PRAGMAs for every connection it opens.
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("busy_timeout", SQLITE_BUSY_TIMEOUT_MS);
        config.addDataSourceProperty("foreign_keys", "true");
        // With WAL, NORMAL loses no committed transaction on a process crash, only on power loss; then the stored
        // offsets are lost with the rows, so the records are simply read again.
        config.addDataSourceProperty("synchronous", "NORMAL");
        if (writes) {
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
        return config;
    }

    private static void createParentFolder(String jdbcUrl) {
        String file = jdbcUrl.substring(StoreConfig.SQLITE_PREFIX.length());
        int query = file.indexOf('?');
        file = query < 0 ? file : file.substring(0, query);
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for the SQLite file: " + parent, e);
        }
    }

    /**
     * Rolls back; after a SQL failure also evicts the connection from the pool. A BEGIN or COMMIT that failed (SQLite
     * busy past its timeout, a dropped server connection) leaves the driver's transaction state unknown, and a pooled
     * connection must not hand that to the next caller: sqlite-jdbc would run its statements without a transaction.
     */
    private void abandon(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        if (cause instanceof SQLException) {
            writer.evictConnection(connection);
        }
    }
}

package io.newsflow.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, uniquely named schema on the PostgreSQL server at 127.0.0.1:5432 (database {@code test}), dropped with
 * everything in it on {@link #close()}, so tests never see each other's rows or a previous run's.
 *
 * <p>Where no server answers, the test is skipped on a developer's machine, but fails under {@code CI=true}: CI must
 * never go green without having exercised PostgreSQL.
 */
public final class PostgresSchema implements AutoCloseable {

    public static final String HOST_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = "postgres";

    private final String name;

    private PostgresSchema(String name) {
        this.name = name;
    }

    public static PostgresSchema create() {
        String name = "newsflow_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(HOST_URL, USER, "")) {
            c.createStatement().execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            String reason = "PostgreSQL at " + HOST_URL + " as " + USER + " is not reachable: " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " (CI=true: PostgreSQL tests must run, not skip)", e);
            }
            Assumptions.abort(reason);
        }
        return new PostgresSchema(name);
    }

    public String name() {
        return name;
    }

    /** The JDBC URL with this schema as the connection's search path. */
    public String jdbcUrl() {
        return HOST_URL + "?currentSchema=" + name;
    }

    public String user() {
        return USER;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(HOST_URL, USER, "")) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}

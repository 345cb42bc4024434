package io.newsflow.launcher.bench;

import io.newsflow.config.Secrets;
import io.newsflow.store.StoreConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The two empty databases of a run, of one kind: one for the pipeline's store, one for the database ceiling. With
 * SQLite they are files in the run's folder; with PostgreSQL they are two schemas the bench creates on the given
 * server and drops at the end with everything in them, so a run never touches data it did not make, and two runs
 * never see each other's rows.
 */
final class BenchDatabase implements AutoCloseable {

    private static final Pattern LOCAL_HOST =
            Pattern.compile("^jdbc:postgresql://(localhost|127\\.0\\.0\\.1|\\[::1])[:/]");

    /** Where one database is: what {@code NEWSFLOW_DB_URL}, {@code _USER} and {@code _PASSWORD} would say. */
    record Target(String url, String user, String password) {
    }

    private final String kind;
    private final Target pipeline;
    private final Target ceiling;
    private final Runnable drop;
    private final boolean localServer;

    private BenchDatabase(String kind, Target pipeline, Target ceiling, Runnable drop, boolean localServer) {
        this.kind = kind;
        this.localServer = localServer;
        this.pipeline = pipeline;
        this.ceiling = ceiling;
        this.drop = drop;
    }

    static BenchDatabase sqlite(Path folder) {
        return new BenchDatabase("SQLite", sqliteFile(folder.resolve("pipeline")),
                sqliteFile(folder.resolve("ceiling")), () -> { }, false);
    }

    /**
     * Creates two fresh schemas on the PostgreSQL server at {@code serverUrl}.
     *
     * @throws BenchFailedException when the server cannot be reached or refuses
     */
    static BenchDatabase postgresql(String serverUrl, String user, String password) {
        String schema = "newsflow_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        String ceilingSchema = schema + "_ceiling";
        execute(serverUrl, user, password, "CREATE SCHEMA " + schema + "; CREATE SCHEMA " + ceilingSchema);
        String separator = serverUrl.contains("?") ? "&" : "?";
        return new BenchDatabase("PostgreSQL",
                new Target(serverUrl + separator + "currentSchema=" + schema, user, password),
                new Target(serverUrl + separator + "currentSchema=" + ceilingSchema, user, password),
                () -> execute(serverUrl, user, password,
                        "DROP SCHEMA IF EXISTS " + schema + " CASCADE; "
                                + "DROP SCHEMA IF EXISTS " + ceilingSchema + " CASCADE"),
                LOCAL_HOST.matcher(serverUrl).find());
    }

    String kind() {
        return kind;
    }

    /**
     * Command names of the local processes that do the database's work: a PostgreSQL server on this machine is part
     * of what is measured, so its CPU is not another process's disturbance. (Other clients of that server then
     * disturb unseen; the report says so.)
     */
    Set<String> localServerProcesses() {
        return localServer ? Set.of("postgres") : Set.of();
    }

    Target pipeline() {
        return pipeline;
    }

    Target ceiling() {
        return ceiling;
    }

    /** Drops what the bench created (nothing for SQLite: its files go with the run's folder). */
    @Override
    public void close() {
        drop.run();
    }

    private static Target sqliteFile(Path folder) {
        return new Target(StoreConfig.defaultDbUrl(folder), null, null);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new BenchFailedException("PostgreSQL at " + Secrets.maskUrl(url) + ": " + e.getMessage(), e);
        }
    }
}

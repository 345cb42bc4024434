package io.newsflow.launcher.bench;

import io.newsflow.config.Secrets;
import io.newsflow.store.StoreConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The empty databases of a run, of one kind, one per use: the pipeline's store and the database ceiling's (phase
 * pipeline), the search phase's store (phase search). With SQLite they are files in the run's folder; with
 * PostgreSQL they are schemas the bench creates on the given server and drops at the end with everything in them, so
 * a run never touches data it did not make, and two runs never see each other's rows.
 */
final class BenchDatabase implements AutoCloseable {

    private static final Pattern LOCAL_HOST =
            Pattern.compile("^jdbc:postgresql://(localhost|127\\.0\\.0\\.1|\\[::1])[:/]");

    /** Where one database is: what {@code NEWSFLOW_DB_URL}, {@code _USER} and {@code _PASSWORD} would say. */
    record Target(String url, String user, String password) {
    }

    /** The uses of a database in a run. */
    enum Use {
        PIPELINE, CEILING, SEARCH;

        /** A schema's or a folder's name. */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String kind;
    private final Map<Use, Target> targets;
    private final Runnable drop;
    private final boolean localServer;
    private final boolean postgresql;

    private BenchDatabase(String kind, Map<Use, Target> targets, Runnable drop, boolean localServer,
                          boolean postgresql) {
        this.kind = kind;
        this.targets = Map.copyOf(targets);
        this.drop = drop;
        this.localServer = localServer;
        this.postgresql = postgresql;
    }

    /** One SQLite file per use, each in its own folder under {@code folder}. */
    static BenchDatabase sqlite(Path folder, Set<Use> uses) {
        var targets = new EnumMap<Use, Target>(Use.class);
        uses.forEach(use -> targets.put(use, sqliteFile(folder.resolve(use.label()))));
        return new BenchDatabase("SQLite", targets, () -> { }, false, false);
    }

    /**
     * Creates a fresh schema per use on the PostgreSQL server at {@code serverUrl}.
     *
     * @throws BenchFailedException when the server cannot be reached or refuses
     */
    static BenchDatabase postgresql(String serverUrl, String user, String password, Set<Use> uses) {
        String run = "newsflow_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        var schemas = new EnumMap<Use, String>(Use.class);
        uses.forEach(use -> schemas.put(use, run + "_" + use.label()));
        execute(serverUrl, user, password, schemas.values().stream().map(schema -> "CREATE SCHEMA " + schema)
                .collect(Collectors.joining("; ")));
        String separator = serverUrl.contains("?") ? "&" : "?";
        var targets = new EnumMap<Use, Target>(Use.class);
        schemas.forEach((use, schema) ->
                targets.put(use, new Target(serverUrl + separator + "currentSchema=" + schema, user, password)));
        return new BenchDatabase("PostgreSQL", targets,
                () -> execute(serverUrl, user, password, schemas.values().stream()
                        .map(schema -> "DROP SCHEMA IF EXISTS " + schema + " CASCADE")
                        .collect(Collectors.joining("; "))),
                LOCAL_HOST.matcher(serverUrl).find(), true);
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

    /** The database for {@code use}, which the run was created with. */
    Target target(Use use) {
        Target target = targets.get(use);
        if (target == null) {
            throw new IllegalArgumentException("this run has no database for " + use.label());
        }
        return target;
    }

    /**
     * Brings a freshly filled database to the state a running store's would reach by itself soon after. On PostgreSQL
     * that is autovacuum's work, VACUUM (ANALYZE) of its tables: statistics for the planner (without them it guesses
     * that a search matches a hundred rows) and the visibility map. Autovacuum would do it within a minute or two of
     * such a fill, but may be off on a test server, as it is on the one the README's figures come from. SQLite has no
     * such background work and the store runs none, so its database stays as written.
     */
    void settle(Use use) {
        if (!postgresql) {
            return;
        }
        Target target = target(use);
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
             Statement statement = connection.createStatement()) {
            var tables = new ArrayList<String>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add('"' + rows.getString(1).replace("\"", "\"\"") + '"');
                }
            }
            statement.execute("VACUUM (ANALYZE) " + String.join(", ", tables));
        } catch (SQLException e) {
            throw new BenchFailedException("PostgreSQL at " + Secrets.maskUrl(target.url()) + ": " + e.getMessage(), e);
        }
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

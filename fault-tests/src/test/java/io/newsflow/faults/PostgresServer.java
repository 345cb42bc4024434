package io.newsflow.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the test's own (initdb in a temporary folder, a free port on 127.0.0.1), so a scenario can
 * stop and restart the database under a running store-service without touching any server it did not start.
 * Needs the PostgreSQL server binaries; without them the scenarios are skipped, except under {@code CI=true}.
 */
final class PostgresServer implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresServer(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static PostgresServer create(Path dir) throws IOException, InterruptedException {
        Path bin = findBinaries();
        if (bin == null) {
            String reason = "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " (CI=true: fault tests must run, not skip)");
            }
            Assumptions.abort(reason);
        }
        // Absolute: the server changes into its data folder before it opens the socket folder.
        Path absolute = Files.createDirectories(dir).toAbsolutePath();
        var server = new PostgresServer(bin, absolute, Ports.free());
        server.ownedByServerUser();
        server.run(List.of(bin.resolve("initdb").toString(), "-D", server.dataDir().toString(), "-A", "trust",
                "-U", "postgres", "--no-sync"));
        return server;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void start() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir().toString(), "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "start"));
    }

    /** A fast shutdown: connections are cut, as in a real outage. */
    void stop() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir().toString(), "-m", "fast", "-w", "stop"));
    }

    void createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
    }

    private Path dataDir() {
        return dir.resolve("data");
    }

    /** initdb and postgres refuse to run as root; as root (CI) they run as the postgres user. */
    private void run(List<String> command) throws IOException, InterruptedException {
        var full = new ArrayList<String>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        var process = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("pg_ctl.log").toFile())).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("PostgreSQL command failed: " + command + " (see " + dir + "/pg_ctl.log)");
        }
    }

    private void ownedByServerUser() throws IOException, InterruptedException {
        if (isRoot()) {
            new ProcessBuilder("chown", "-R", "postgres", dir.toString()).start().waitFor();
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path findBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (var versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .sorted().reduce((first, second) -> second).orElse(null);
        }
    }


    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // a scenario may end with the server stopped
        }
    }
}

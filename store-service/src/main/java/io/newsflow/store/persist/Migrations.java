package io.newsflow.store.persist;

import io.newsflow.contracts.ArticleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date from the versioned scripts {@code db/migration/V<n>__<what>.sql} on the classpath,
 * recording each applied version in {@code schema_migrations}. All of it runs in one transaction behind the
 * dialect's migration lock, so two instances starting together apply each script once, and a failed script leaves
 * no half-built schema. A script edited after it was applied is refused rather than silently skipped.
 */
public final class Migrations {

    static final String LOCATION = "db/migration";
    /** {@code V3__article_search.sql} for both databases, or {@code V3__article_search.sqlite.sql} for one. */
    private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__(\\w+?)(?:\\.(sqlite|postgresql))?\\.sql");
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    /** One script: its version, the words of its name, its statements, and a checksum of its text. */
    record Script(int version, String description, List<String> statements, String checksum) {
    }

    private final Database database;

    public Migrations(Database database) {
        this.database = database;
    }

    /** Applies every script not applied yet, in version order; returns the versions it applied. */
    public List<Integer> migrate() {
        return migrate(load(Migrations.class.getClassLoader(), database.dialect()));
    }

    /** Applies those of {@code scripts} (in version order) not applied yet: a test stops at an older version. */
    List<Integer> migrate(List<Script> scripts) {
        List<Integer> applied = database.inTransaction("apply schema migrations", connection -> {
            database.dialect().lockForMigration(connection);
            execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations ("
                    + "version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            Map<Integer, String> done = appliedChecksums(connection);
            var now = new ArrayList<Integer>();
            for (Script script : scripts) {
                String checksum = done.get(script.version());
                if (checksum == null) {
                    apply(connection, script);
                    now.add(script.version());
                } else if (!checksum.equals(script.checksum())) {
                    throw new IllegalStateException("migration V" + script.version() + "__" + script.description()
                            + ".sql was changed after it was applied; add a new version instead of editing it");
                }
            }
            return now;
        });
        int latest = scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
        log.info("store schema at V{} applied={}", latest, applied);
        return applied;
    }

    private void apply(Connection connection, Script script) throws SQLException {
        for (String statement : script.statements()) {
            execute(connection, statement);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_migrations (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            insert.setInt(1, script.version());
            insert.setString(2, script.description());
            insert.setString(3, script.checksum());
            database.dialect().setInstant(insert, 4, Instant.now());
            insert.executeUpdate();
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        var done = new HashMap<Integer, String>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT version, checksum FROM schema_migrations")) {
            while (rows.next()) {
                done.put(rows.getInt("version"), rows.getString("checksum"));
            }
        }
        return done;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * The scripts for {@code dialect}: those written for both databases, and those named for this one. A feature
     * whose SQL differs (full-text search) has one script per database under the same version.
     */
    static List<Script> load(ClassLoader loader, Dialect dialect) {
        URL folder = loader.getResource(LOCATION);
        if (folder == null) {
            throw new IllegalStateException("no " + LOCATION + " folder on the classpath");
        }
        var scripts = new ArrayList<Script>();
        for (String name : scriptNames(folder)) {
            Matcher m = SCRIPT_NAME.matcher(name);
            if (m.matches() && (m.group(3) == null || m.group(3).equals(dialect.name().toLowerCase(Locale.ROOT)))) {
                scripts.add(script(loader, name, Integer.parseInt(m.group(1)), m.group(2)));
            }
        }
        scripts.sort(Comparator.comparingInt(Script::version));
        for (int i = 1; i < scripts.size(); i++) {
            if (scripts.get(i).version() == scripts.get(i - 1).version()) {
                throw new IllegalStateException("two migrations V" + scripts.get(i).version() + " for "
                        + dialect.name().toLowerCase(Locale.ROOT) + " in " + LOCATION);
            }
        }
        return scripts;
    }

    /** Splits a script on the semicolons that end a line; our scripts keep to that form, and "--" comments. */
    static List<String> statements(String sql) {
        String withoutComments = sql.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .reduce("", (all, line) -> all + line + "\n");
        return Arrays.stream(withoutComments.split(";\\s*\n"))
                .map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Script script(ClassLoader loader, String name, int version, String description) {
        try (InputStream in = loader.getResourceAsStream(LOCATION + "/" + name)) {
            byte[] bytes = in.readAllBytes();
            String sql = new String(bytes, StandardCharsets.UTF_8);
            return new Script(version, description, statements(sql), ArticleId.sha256Hex(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + name, e);
        }
    }

    /** The folder's file names, whether it is a directory (tests, IDE) or inside the service's jar. */
    private static List<String> scriptNames(URL folder) {
        try {
            if ("jar".equals(folder.getProtocol())) {
                var connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = LOCATION + "/";
                    return jar.stream()
                            .map(JarEntry::getName)
                            .filter(n -> n.startsWith(prefix) && n.length() > prefix.length())
                            .map(n -> n.substring(prefix.length()))
                            .toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(p -> p.getFileName().toString()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
    }
}

package io.newsflow.store;

import io.newsflow.contracts.LogFormat;
import io.newsflow.config.Env;
import io.newsflow.config.KafkaSettings;
import io.newsflow.config.Secrets;
import io.newsflow.store.api.ApiAccess;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything store-service needs to run, read once from {@code NEWSFLOW_*} variables and validated up front. The
 * launcher and tests derive variants with the {@code with*} copies instead of building a map of variables.
 *
 * @param kafka      how to reach Kafka: brokers, passed-through client properties, topic settings
 * @param dbUrl      {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://host:port/db[?currentSchema=s]}
 * @param dbUser     PostgreSQL user, null for SQLite or a URL that carries it
 * @param dbPassword PostgreSQL password, null when not needed; never logged
 * @param httpPort   0 binds any free port (tests, and the launcher when told so)
 * @param api        the API's token (never logged) and CORS origins
 */
public record StoreConfig(
        KafkaSettings kafka,
        String groupId,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String httpHost,
        int httpPort,
        ApiAccess api) {

    public static final String SERVICE = "store-service";

    public static final String NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS = KafkaSettings.BOOTSTRAP_SERVERS;
    public static final String NEWSFLOW_STORE_GROUP_ID = "NEWSFLOW_STORE_GROUP_ID";
    public static final String NEWSFLOW_DATA_DIR = "NEWSFLOW_DATA_DIR";
    public static final String NEWSFLOW_DB_URL = "NEWSFLOW_DB_URL";
    public static final String NEWSFLOW_DB_USER = "NEWSFLOW_DB_USER";
    public static final String NEWSFLOW_DB_PASSWORD = "NEWSFLOW_DB_PASSWORD";
    public static final String NEWSFLOW_HTTP_HOST = "NEWSFLOW_HTTP_HOST";
    public static final String NEWSFLOW_HTTP_PORT = "NEWSFLOW_HTTP_PORT";
    public static final String NEWSFLOW_API_TOKEN = "NEWSFLOW_API_TOKEN";
    public static final String NEWSFLOW_API_CORS_ORIGINS = "NEWSFLOW_API_CORS_ORIGINS";

    public static final String SQLITE_PREFIX = "jdbc:sqlite:";
    public static final String POSTGRESQL_PREFIX = "jdbc:postgresql://";
    /** The SQLite file's name inside the data folder when {@code NEWSFLOW_DB_URL} is unset. */
    public static final String SQLITE_FILE = "newsflow.db";

    public static StoreConfig fromEnv(Map<String, String> vars) {
        var env = new Env(vars);
        KafkaSettings kafka = KafkaSettings.read(env, KafkaSettings.CLIENTS);
        String groupId = env.string(NEWSFLOW_STORE_GROUP_ID, "newsflow-store");
        Path dataDir = env.path(NEWSFLOW_DATA_DIR, Path.of("data"));
        String dbUrl = env.string(NEWSFLOW_DB_URL, defaultDbUrl(dataDir));
        if (!dbUrl.startsWith(SQLITE_PREFIX) && !dbUrl.startsWith(POSTGRESQL_PREFIX)) {
            env.problem(LogFormat.setting(NEWSFLOW_DB_URL, Secrets.maskUrl(dbUrl)) + ": expected " + SQLITE_PREFIX
                    + "<file> or " + POSTGRESQL_PREFIX + "<host>:<port>/<database>");
        }
        String dbUser = env.string(NEWSFLOW_DB_USER, null);
        String dbPassword = env.string(NEWSFLOW_DB_PASSWORD, null);
        String httpHost = env.string(NEWSFLOW_HTTP_HOST, "127.0.0.1");
        int httpPort = env.port(NEWSFLOW_HTTP_PORT, 8080);
        ApiAccess api = ApiAccess.read(env, NEWSFLOW_API_TOKEN, NEWSFLOW_API_CORS_ORIGINS);
        env.validate(SERVICE);
        return new StoreConfig(kafka, groupId, dataDir, dbUrl, dbUser, dbPassword, httpHost, httpPort, api);
    }

    /** The embedded default: one SQLite file in the data folder. */
    public static String defaultDbUrl(Path dataDir) {
        return SQLITE_PREFIX + dataDir.resolve(SQLITE_FILE);
    }

    public boolean usesPostgresql() {
        return dbUrl.startsWith(POSTGRESQL_PREFIX);
    }

    public StoreConfig withBootstrapServers(String servers) {
        return new StoreConfig(kafka.withBootstrapServers(servers), groupId, dataDir, dbUrl, dbUser, dbPassword, httpHost, httpPort, api);
    }

    public StoreConfig withGroupId(String group) {
        return new StoreConfig(kafka, group, dataDir, dbUrl, dbUser, dbPassword, httpHost, httpPort, api);
    }

    /** Moves the data folder; a database left at its default moves with it, an explicit one stays where it is. */
    public StoreConfig withDataDir(Path dir) {
        String url = dbUrl.equals(defaultDbUrl(dataDir)) ? defaultDbUrl(dir) : dbUrl;
        return new StoreConfig(kafka, groupId, dir, url, dbUser, dbPassword, httpHost, httpPort, api);
    }

    /** Points at another database, e.g. a test's own PostgreSQL schema via {@code ?currentSchema=name}. */
    public StoreConfig withDatabase(String url, String user, String password) {
        return new StoreConfig(kafka, groupId, dataDir, url, user, password, httpHost, httpPort, api);
    }

    public StoreConfig withHttpPort(int port) {
        return new StoreConfig(kafka, groupId, dataDir, dbUrl, dbUser, dbPassword, httpHost, port, api);
    }

    /** The effective configuration for the startup log line, the password (also inside the URL) and token masked. */
    public String describe() {
        var settings = new LinkedHashMap<String, Object>();
        settings.putAll(kafka.described());
        settings.put(NEWSFLOW_STORE_GROUP_ID, groupId);
        settings.put(NEWSFLOW_DATA_DIR, dataDir);
        settings.put(NEWSFLOW_DB_URL, dbUrl);
        settings.put(NEWSFLOW_DB_USER, dbUser);
        settings.put(NEWSFLOW_DB_PASSWORD, dbPassword);
        settings.put(NEWSFLOW_HTTP_HOST, httpHost);
        settings.put(NEWSFLOW_HTTP_PORT, httpPort);
        settings.put(NEWSFLOW_API_TOKEN, api.token());
        List<String> origins = api.corsOrigins();
        settings.put(NEWSFLOW_API_CORS_ORIGINS, origins.isEmpty() ? null : String.join(",", origins));
        return Secrets.describe(settings);
    }

    /** Never the record's generated form: that would print the password. */
    @Override
    public String toString() {
        return "StoreConfig[" + describe() + "]";
    }
}

package io.newsflow.ingest;

import io.newsflow.contracts.LogFormat;
import io.newsflow.config.Env;
import io.newsflow.config.KafkaSettings;
import io.newsflow.config.Secrets;
import io.newsflow.ingest.done.AfterIngest;
import io.newsflow.metrics.MetricsEndpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ingest-service's settings, read from {@code NEWSFLOW_*} variables and validated before anything starts.
 *
 * @param kafka            how to reach Kafka: brokers, passed-through client properties, topic settings
 * @param inbox            the folder watched for article files
 * @param scanInterval     how often the inbox is scanned
 * @param transactionalId  identifies this ingest-service to Kafka: a second instance with the same id fences the
 *                         first, so one inbox never has two writers
 * @param dataDir          where reports of failed files kept in place go ({@code failed/} under it)
 * @param settleTime       how long a file's size and modification time must hold still before it is read
 * @param subfolders       whether files in folders below the inbox are ingested too
 * @param maxFileBytes     files larger than this are refused unread; for an archive, the limit of each line
 * @param after            what happens to a file once its article is published: kept, moved or deleted
 * @param batch            how many articles, bytes and how much time one Kafka transaction holds at most
 * @param metrics          where {@code /metrics} and {@code /health/*} are served when ingest-service runs alone
 */
public record IngestConfig(KafkaSettings kafka, Path inbox, Duration scanInterval, String transactionalId,
                           Path dataDir, Duration settleTime, boolean subfolders, int maxFileBytes,
                           AfterIngest after, BatchLimits batch, MetricsEndpoint metrics) {

    public static final String BOOTSTRAP_SERVERS = KafkaSettings.BOOTSTRAP_SERVERS;
    public static final String INBOX = "NEWSFLOW_INBOX";
    public static final String SCAN_INTERVAL = "NEWSFLOW_INGEST_SCAN_INTERVAL";
    public static final String TRANSACTIONAL_ID = "NEWSFLOW_INGEST_TRANSACTIONAL_ID";
    public static final String DATA_DIR = "NEWSFLOW_DATA_DIR";
    public static final String SETTLE_TIME = "NEWSFLOW_INGEST_SETTLE_TIME";
    public static final String SUBFOLDERS = "NEWSFLOW_INGEST_SUBFOLDERS";
    public static final String MAX_FILE_BYTES = "NEWSFLOW_INGEST_MAX_FILE_BYTES";
    public static final String AFTER = "NEWSFLOW_INGEST_AFTER";
    public static final String BATCH_MAX_ARTICLES = "NEWSFLOW_INGEST_BATCH_MAX_ARTICLES";
    public static final String BATCH_MAX_BYTES = "NEWSFLOW_INGEST_BATCH_MAX_BYTES";
    public static final String BATCH_MAX_WAIT = "NEWSFLOW_INGEST_BATCH_MAX_WAIT";
    // Named here too, as every variable ingest-service reads, for the README and docker-compose checks.
    public static final String METRICS_HOST = MetricsEndpoint.NEWSFLOW_METRICS_HOST;
    public static final String METRICS_PORT = MetricsEndpoint.NEWSFLOW_METRICS_PORT;

    /** Beside the store's 8080; enrich's is 8082. */
    static final int DEFAULT_METRICS_PORT = 8081;
    /** 5 MiB: a long article is well under 1 MiB; anything far bigger is a mistake (a video, an archive). */
    static final int DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
    /** 500 three-kilobyte articles: big enough that the commit is a small part of the cost, small enough to redo. */
    static final int DEFAULT_BATCH_MAX_ARTICLES = 500;
    /** 8 MiB: a batch of long articles stays well inside the producer's 32 MiB buffer. */
    static final int DEFAULT_BATCH_MAX_BYTES = 8 * 1024 * 1024;
    /** Kafka's transactions can be far larger than this; beyond a few thousand records a batch gains nothing. */
    private static final int MOST_BATCH_ARTICLES = 100_000;

    public static IngestConfig fromEnv(Map<String, String> vars) {
        var env = new Env(vars);
        var config = new IngestConfig(
                KafkaSettings.read(env, KafkaSettings.CLIENTS),
                env.path(INBOX, Path.of("inbox")),
                env.positiveDuration(SCAN_INTERVAL, Duration.ofMillis(500)),
                env.string(TRANSACTIONAL_ID, "newsflow-ingest"),
                env.path(DATA_DIR, Path.of("data")),
                env.duration(SETTLE_TIME, Duration.ofSeconds(1)),
                Boolean.parseBoolean(env.choice(SUBFOLDERS, "true", List.of("true", "false"))),
                env.integer(MAX_FILE_BYTES, DEFAULT_MAX_FILE_BYTES, 1, Integer.MAX_VALUE),
                AfterIngest.named(env.choice(AFTER, "keep", AfterIngest.NAMES)),
                new BatchLimits(env.integer(BATCH_MAX_ARTICLES, DEFAULT_BATCH_MAX_ARTICLES, 1, MOST_BATCH_ARTICLES),
                        env.integer(BATCH_MAX_BYTES, DEFAULT_BATCH_MAX_BYTES, 1, Integer.MAX_VALUE),
                        env.positiveDuration(BATCH_MAX_WAIT, Duration.ofMillis(200))),
                MetricsEndpoint.read(env, DEFAULT_METRICS_PORT));
        if (isInside(config.dataDir(), config.inbox())) {
            env.problem(LogFormat.setting(DATA_DIR, config.dataDir()) + ": expected a folder outside " + INBOX + " (\""
                    + config.inbox() + "\"), or ingest-service would read its own reports as articles");
        }
        env.validate("ingest-service");
        return config;
    }

    private static boolean isInside(Path folder, Path parent) {
        return folder.toAbsolutePath().normalize().startsWith(parent.toAbsolutePath().normalize());
    }

    public IngestConfig withBootstrapServers(String servers) {
        return new IngestConfig(kafka.withBootstrapServers(servers), inbox, scanInterval, transactionalId, dataDir,
                settleTime, subfolders, maxFileBytes, after, batch, metrics);
    }

    public IngestConfig withInbox(Path folder) {
        return new IngestConfig(kafka, folder, scanInterval, transactionalId, dataDir, settleTime,
                subfolders, maxFileBytes, after, batch, metrics);
    }

    public IngestConfig withDataDir(Path folder) {
        return new IngestConfig(kafka, inbox, scanInterval, transactionalId, folder, settleTime,
                subfolders, maxFileBytes, after, batch, metrics);
    }

    /** The effective settings for the startup log line. */
    public String describe() {
        var settings = new LinkedHashMap<String, Object>();
        settings.putAll(kafka.described());
        settings.put("inbox", inbox.toAbsolutePath().normalize());
        settings.put("scanInterval", scanInterval);
        settings.put("transactionalId", transactionalId);
        settings.put("dataDir", dataDir.toAbsolutePath().normalize());
        settings.put("settleTime", settleTime);
        settings.put("subfolders", subfolders);
        settings.put("maxFileBytes", maxFileBytes);
        settings.put("after", after);
        settings.put("batchMaxArticles", batch.maxArticles());
        settings.put("batchMaxBytes", batch.maxBytes());
        settings.put("batchMaxWait", batch.maxWait());
        settings.put("metrics", metrics.host() + ":" + metrics.port());
        return Secrets.describe(settings);
    }
}

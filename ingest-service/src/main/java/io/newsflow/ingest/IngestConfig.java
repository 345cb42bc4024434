package io.newsflow.ingest;

import io.newsflow.config.Env;
import io.newsflow.config.Secrets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ingest-service's settings, read from {@code NEWSFLOW_*} variables and validated before anything starts.
 *
 * @param bootstrapServers Kafka brokers to publish to
 * @param inbox            the folder watched for article files
 * @param scanInterval     how often the inbox is scanned; a file must be unchanged for one interval to be read
 * @param transactionalId  identifies this ingest-service to Kafka: a second instance with the same id fences the
 *                         first, so one inbox never has two writers
 */
public record IngestConfig(String bootstrapServers, Path inbox, Duration scanInterval, String transactionalId) {

    public static final String BOOTSTRAP_SERVERS = "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS";
    public static final String INBOX = "NEWSFLOW_INBOX";
    public static final String SCAN_INTERVAL = "NEWSFLOW_INGEST_SCAN_INTERVAL";
    public static final String TRANSACTIONAL_ID = "NEWSFLOW_INGEST_TRANSACTIONAL_ID";

    public static IngestConfig fromEnv(Map<String, String> vars) {
        var env = new Env(vars);
        var config = new IngestConfig(
                env.string(BOOTSTRAP_SERVERS, "127.0.0.1:9092"),
                env.path(INBOX, Path.of("inbox")),
                env.duration(SCAN_INTERVAL, Duration.ofMillis(500)),
                env.string(TRANSACTIONAL_ID, "newsflow-ingest"));
        if (config.scanInterval().isZero()) {
            env.problem(SCAN_INTERVAL + "=\"" + vars.get(SCAN_INTERVAL) + "\": expected a duration above zero");
        }
        env.validate("ingest-service");
        return config;
    }

    public IngestConfig withBootstrapServers(String servers) {
        return new IngestConfig(servers, inbox, scanInterval, transactionalId);
    }

    public IngestConfig withInbox(Path folder) {
        return new IngestConfig(bootstrapServers, folder, scanInterval, transactionalId);
    }

    /** The effective settings for the startup log line. */
    public String describe() {
        var settings = new LinkedHashMap<String, Object>();
        settings.put("bootstrapServers", bootstrapServers);
        settings.put("inbox", inbox.toAbsolutePath().normalize());
        settings.put("scanInterval", scanInterval);
        settings.put("transactionalId", transactionalId);
        return Secrets.describe(settings);
    }
}

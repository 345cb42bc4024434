package io.newsflow.enrich;

import io.newsflow.config.Env;
import io.newsflow.config.Secrets;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import io.newsflow.enrich.tagging.Taggers;
import io.newsflow.metrics.MetricsEndpoint;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndFailExceptionHandler;

/**
 * Everything enrich-service can be told, read once from {@code NEWSFLOW_*} variables. Immutable: the launcher
 * derives its own copy with {@link #withBootstrapServers} and {@link #withDataDir} instead of changing this one.
 *
 * @param bootstrapServers Kafka bootstrap address list
 * @param applicationId    Kafka Streams application id: the consumer group and the prefix of internal topics;
 *                         instances with the same id share the partitions of the raw topic
 * @param dataDir          folder for local state; Streams keeps its state under {@code <dataDir>/enrich-streams}
 * @param threads          stream threads in this instance
 * @param gazetteerDir     optional folder whose gazetteer files extend the built-in ones
 * @param tagger           which tagger to run: {@code builtin} (the default), {@code rules} or {@code corenlp} (needs its module)
 * @param instanceId       this instance's static group membership id, unique among the instances of one
 *                         application: a restarted instance takes its partitions back at once instead of waiting
 *                         for its old session to expire, and a stopped one leaves the group at once
 * @param commitInterval   how often tagged articles are committed, and so become visible to read_committed
 *                         consumers such as store-service: longer tags more per second, shorter shows each sooner
 * @param metrics          where {@code /metrics} and {@code /health/*} are served when enrich-service runs alone
 */
public record EnrichConfig(String bootstrapServers, String applicationId, Path dataDir, int threads,
                           Optional<Path> gazetteerDir, String tagger, String instanceId, Duration commitInterval,
                           MetricsEndpoint metrics) {

    public static final String NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS = "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS";
    public static final String NEWSFLOW_ENRICH_APPLICATION_ID = "NEWSFLOW_ENRICH_APPLICATION_ID";
    public static final String NEWSFLOW_DATA_DIR = "NEWSFLOW_DATA_DIR";
    public static final String NEWSFLOW_ENRICH_THREADS = "NEWSFLOW_ENRICH_THREADS";
    public static final String NEWSFLOW_ENRICH_GAZETTEER_DIR = "NEWSFLOW_ENRICH_GAZETTEER_DIR";
    public static final String NEWSFLOW_ENRICH_TAGGER = "NEWSFLOW_ENRICH_TAGGER";
    public static final String NEWSFLOW_ENRICH_INSTANCE_ID = "NEWSFLOW_ENRICH_INSTANCE_ID";
    public static final String NEWSFLOW_ENRICH_COMMIT_INTERVAL = "NEWSFLOW_ENRICH_COMMIT_INTERVAL";
    // Named here too, as every variable enrich-service reads, for the README and docker-compose checks.
    public static final String NEWSFLOW_METRICS_HOST = MetricsEndpoint.NEWSFLOW_METRICS_HOST;
    public static final String NEWSFLOW_METRICS_PORT = MetricsEndpoint.NEWSFLOW_METRICS_PORT;

    public static final String DEFAULT_BOOTSTRAP_SERVERS = "127.0.0.1:9092";
    public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";
    public static final Path DEFAULT_DATA_DIR = Path.of("./data");
    public static final int DEFAULT_THREADS = 1;
    /** Kafka Streams' own default under exactly-once: keeps a dropped file's latency well under half a second. */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);
    /** Beside the store's 8080 and ingest's 8081. */
    public static final int DEFAULT_METRICS_PORT = 8082;
    /** More threads than the raw topic has partitions would sit idle; this bound only catches typos. */
    static final int MAX_THREADS = 64;

    /** Reads the variables; throws one {@link io.newsflow.config.ConfigException} listing every bad one. */
    public static EnrichConfig fromEnv(Map<String, String> environment) {
        var env = new Env(environment);
        var config = new EnrichConfig(
                env.string(NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS, DEFAULT_BOOTSTRAP_SERVERS),
                env.string(NEWSFLOW_ENRICH_APPLICATION_ID, DEFAULT_APPLICATION_ID),
                env.path(NEWSFLOW_DATA_DIR, DEFAULT_DATA_DIR),
                env.integer(NEWSFLOW_ENRICH_THREADS, DEFAULT_THREADS, 1, MAX_THREADS),
                Optional.ofNullable(env.path(NEWSFLOW_ENRICH_GAZETTEER_DIR, null)),
                env.choice(NEWSFLOW_ENRICH_TAGGER, "builtin", Taggers.KNOWN),
                env.string(NEWSFLOW_ENRICH_INSTANCE_ID, hostName(environment)),
                env.positiveDuration(NEWSFLOW_ENRICH_COMMIT_INTERVAL, DEFAULT_COMMIT_INTERVAL),
                MetricsEndpoint.read(env, DEFAULT_METRICS_PORT));
        if (Taggers.KNOWN.contains(config.tagger()) && !Taggers.isInstalled(config.tagger())) {
            env.problem(NEWSFLOW_ENRICH_TAGGER + "=\"" + config.tagger() + "\": "
                    + Taggers.howToInstall(config.tagger()));
        }
        env.validate("enrich-service");
        return config;
    }

    public EnrichConfig withBootstrapServers(String servers) {
        return new EnrichConfig(servers, applicationId, dataDir, threads, gazetteerDir, tagger, instanceId,
                commitInterval, metrics);
    }

    public EnrichConfig withDataDir(Path dir) {
        return new EnrichConfig(bootstrapServers, applicationId, dir, threads, gazetteerDir, tagger, instanceId,
                commitInterval, metrics);
    }

    public EnrichConfig withApplicationId(String id) {
        return new EnrichConfig(bootstrapServers, id, dataDir, threads, gazetteerDir, tagger, instanceId,
                commitInterval, metrics);
    }

    /** The host name: unique per container when scaled out with docker-compose, stable across restarts of one. */
    private static String hostName(Map<String, String> environment) {
        String fromEnv = environment.get("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** Where Kafka Streams keeps its local state. */
    public Path stateDir() {
        return dataDir.resolve("enrich-streams");
    }

    /** The Kafka Streams settings, all in one place. */
    Properties streamsProperties() {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // Read, tag and write commit together: a restart never loses an article nor publishes it twice.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir().toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), instanceId);
        // The topology reads bytes and parses them itself (bad records go to the dead-letter topic), so a
        // deserialization failure here would be a bug: stop rather than skip silently.
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndFailExceptionHandler.class);
        // Internal topics take the broker's default replication: 1 on a one-node dev broker, more on a cluster.
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        return props;
    }

    /** The effective configuration by variable name, for the startup log line. */
    String describe() {
        var settings = new LinkedHashMap<String, Object>();
        settings.put(NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS, bootstrapServers);
        settings.put(NEWSFLOW_ENRICH_APPLICATION_ID, applicationId);
        settings.put(NEWSFLOW_DATA_DIR, dataDir);
        settings.put(NEWSFLOW_ENRICH_THREADS, threads);
        settings.put(NEWSFLOW_ENRICH_GAZETTEER_DIR, gazetteerDir.orElse(null));
        settings.put(NEWSFLOW_ENRICH_TAGGER, tagger);
        settings.put(NEWSFLOW_ENRICH_INSTANCE_ID, instanceId);
        settings.put(NEWSFLOW_ENRICH_COMMIT_INTERVAL, commitInterval);
        settings.put(NEWSFLOW_METRICS_HOST, metrics.host());
        settings.put(NEWSFLOW_METRICS_PORT, metrics.port());
        return Secrets.describe(settings);
    }
}

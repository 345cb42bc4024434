package io.newsflow.enrich;

import io.newsflow.contracts.LogFormat;
import io.newsflow.config.Env;
import io.newsflow.config.KafkaSettings;
import io.newsflow.config.Secrets;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import io.newsflow.enrich.tagging.Taggers;
import io.newsflow.metrics.MetricsEndpoint;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndFailExceptionHandler;

/**
 * Everything enrich-service can be told, read once from {@code NEWSFLOW_*} variables. Immutable: the launcher
 * derives its own copy with {@link #withBootstrapServers} and {@link #withDataDir} instead of changing this one.
 *
 * @param kafka            how to reach Kafka: brokers, passed-through client properties, topic settings
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
 * @param only             the published dates to tag: all for the service, a span for a re-enrichment of history
 * @param stories          whether to assign stories ({@code news.stories.v1}) too: on for the service, off for a
 *                         re-enrichment, whose texts already have theirs
 */
public record EnrichConfig(KafkaSettings kafka, String applicationId, Path dataDir, int threads,
                           Optional<Path> gazetteerDir, String tagger, String instanceId, Duration commitInterval,
                           MetricsEndpoint metrics, PublishedRange only, boolean stories) {

    public static final String NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS = KafkaSettings.BOOTSTRAP_SERVERS;
    public static final String NEWSFLOW_ENRICH_APPLICATION_ID = "NEWSFLOW_ENRICH_APPLICATION_ID";
    public static final String NEWSFLOW_DATA_DIR = "NEWSFLOW_DATA_DIR";
    public static final String NEWSFLOW_ENRICH_THREADS = "NEWSFLOW_ENRICH_THREADS";
    public static final String NEWSFLOW_ENRICH_GAZETTEER_DIR = "NEWSFLOW_ENRICH_GAZETTEER_DIR";
    public static final String NEWSFLOW_ENRICH_TAGGER = "NEWSFLOW_ENRICH_TAGGER";
    public static final String NEWSFLOW_ENRICH_INSTANCE_ID = "NEWSFLOW_ENRICH_INSTANCE_ID";
    public static final String NEWSFLOW_ENRICH_COMMIT_INTERVAL = "NEWSFLOW_ENRICH_COMMIT_INTERVAL";
    public static final String NEWSFLOW_ENRICH_STORIES = "NEWSFLOW_ENRICH_STORIES";
    // Named here too, as every variable enrich-service reads, for the README and docker-compose checks.
    public static final String NEWSFLOW_METRICS_HOST = MetricsEndpoint.NEWSFLOW_METRICS_HOST;
    public static final String NEWSFLOW_METRICS_PORT = MetricsEndpoint.NEWSFLOW_METRICS_PORT;

    public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";
    public static final Path DEFAULT_DATA_DIR = Path.of("./data");
    public static final int DEFAULT_THREADS = 1;
    /** Kafka Streams' own default under exactly-once: keeps a dropped file's latency well under half a second. */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);
    /** The story application's commit interval, unless NEWSFLOW_ENRICH_COMMIT_INTERVAL is longer. */
    static final Duration STORIES_COMMIT_INTERVAL = Duration.ofSeconds(1);
    /** Kafka Streams and the clients it runs: the properties enrich-service can be passed. */
    private static final List<ConfigDef> KAFKA_CLIENTS = Stream.concat(KafkaSettings.CLIENTS.stream(),
            Stream.of(StreamsConfig.configDef())).toList();
    /** Beside the store's 8080 and ingest's 8081. */
    public static final int DEFAULT_METRICS_PORT = 8082;
    /** More threads than the raw topic has partitions would sit idle; this bound only catches typos. */
    static final int MAX_THREADS = 64;

    /** Reads the variables; throws one {@link io.newsflow.config.ConfigException} listing every bad one. */
    public static EnrichConfig fromEnv(Map<String, String> environment) {
        var env = new Env(environment);
        var config = new EnrichConfig(
                KafkaSettings.read(env, KAFKA_CLIENTS),
                env.string(NEWSFLOW_ENRICH_APPLICATION_ID, DEFAULT_APPLICATION_ID),
                env.path(NEWSFLOW_DATA_DIR, DEFAULT_DATA_DIR),
                env.integer(NEWSFLOW_ENRICH_THREADS, DEFAULT_THREADS, 1, MAX_THREADS),
                Optional.ofNullable(env.path(NEWSFLOW_ENRICH_GAZETTEER_DIR, null)),
                env.choice(NEWSFLOW_ENRICH_TAGGER, "builtin", Taggers.KNOWN),
                env.string(NEWSFLOW_ENRICH_INSTANCE_ID, hostName(environment)),
                env.positiveDuration(NEWSFLOW_ENRICH_COMMIT_INTERVAL, DEFAULT_COMMIT_INTERVAL),
                MetricsEndpoint.read(env, DEFAULT_METRICS_PORT),
                PublishedRange.ALL,
                env.choice(NEWSFLOW_ENRICH_STORIES, "on", List.of("on", "off")).equals("on"));
        if (Taggers.KNOWN.contains(config.tagger()) && !Taggers.isInstalled(config.tagger())) {
            env.problem(LogFormat.setting(NEWSFLOW_ENRICH_TAGGER, config.tagger()) + ": "
                    + Taggers.howToInstall(config.tagger()));
        }
        env.validate("enrich-service");
        return config;
    }

    public EnrichConfig withBootstrapServers(String servers) {
        return new EnrichConfig(kafka.withBootstrapServers(servers), applicationId, dataDir, threads, gazetteerDir,
                tagger, instanceId, commitInterval, metrics, only, stories);
    }

    public EnrichConfig withDataDir(Path dir) {
        return new EnrichConfig(kafka, applicationId, dir, threads, gazetteerDir, tagger, instanceId,
                commitInterval, metrics, only, stories);
    }

    public EnrichConfig withApplicationId(String id) {
        return new EnrichConfig(kafka, id, dataDir, threads, gazetteerDir, tagger, instanceId,
                commitInterval, metrics, only, stories);
    }

    public EnrichConfig withTagger(String name) {
        return new EnrichConfig(kafka, applicationId, dataDir, threads, gazetteerDir, name, instanceId,
                commitInterval, metrics, only, stories);
    }

    public EnrichConfig withOnly(PublishedRange range) {
        return new EnrichConfig(kafka, applicationId, dataDir, threads, gazetteerDir, tagger, instanceId,
                commitInterval, metrics, range, stories);
    }

    public EnrichConfig withStories(boolean on) {
        return new EnrichConfig(kafka, applicationId, dataDir, threads, gazetteerDir, tagger, instanceId,
                commitInterval, metrics, only, on);
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

    /** The tagging application's Kafka Streams settings, all in one place. */
    public Properties streamsProperties() {
        return streamsProperties(applicationId);
    }

    /**
     * The story application's: the same settings under its own id ({@code <applicationId>-stories}, its group and
     * the prefix of its internal topics), so its work queues apart from tagging's.
     */
    public Properties storiesProperties() {
        Properties props = streamsProperties(applicationId + "-stories");
        // A story may settle a second later; each commit is a transaction over every partition it wrote.
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Math.max(commitInterval.toMillis(),
                STORIES_COMMIT_INTERVAL.toMillis()));
        return props;
    }

    private Properties streamsProperties(String id) {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, id);
        // Read, tag and write commit together: a restart never loses an article nor publishes it twice.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir().toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), instanceId);
        // The topology reads bytes and parses them itself (bad records go to the dead-letter topic), so a
        // deserialization failure here would be a bug: stop rather than skip silently.
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndFailExceptionHandler.class);
        // Internal topics are replicated as the topics Newsflow creates: by default as the broker's default, 1 on a
        // one-node dev broker, more on a cluster.
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG,
                kafka.topics().replicationFactor().map(Short::intValue).orElse(-1));
        return kafka.streams(props);
    }

    /** The effective configuration by variable name, for the startup log line. */
    String describe() {
        var settings = new LinkedHashMap<String, Object>();
        settings.putAll(kafka.described());
        settings.put(NEWSFLOW_ENRICH_APPLICATION_ID, applicationId);
        settings.put(NEWSFLOW_DATA_DIR, dataDir);
        settings.put(NEWSFLOW_ENRICH_THREADS, threads);
        settings.put(NEWSFLOW_ENRICH_GAZETTEER_DIR, gazetteerDir.orElse(null));
        settings.put(NEWSFLOW_ENRICH_TAGGER, tagger);
        settings.put(NEWSFLOW_ENRICH_INSTANCE_ID, instanceId);
        settings.put(NEWSFLOW_ENRICH_COMMIT_INTERVAL, commitInterval);
        settings.put(NEWSFLOW_ENRICH_STORIES, stories ? "on" : "off");
        settings.put(NEWSFLOW_METRICS_HOST, metrics.host());
        settings.put(NEWSFLOW_METRICS_PORT, metrics.port());
        return Secrets.describe(settings);
    }
}

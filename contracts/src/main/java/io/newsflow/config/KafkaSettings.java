package io.newsflow.config;

import io.newsflow.contracts.LogFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * How every Kafka client of a service reaches the cluster: the bootstrap servers, the client properties the
 * operator passes through (TLS, SASL, timeouts, anything a managed cluster asks for) and how the topics Newsflow
 * creates are set up. Read once from the environment and validated up front like every other setting.
 *
 * <p>Client properties come from {@code NEWSFLOW_KAFKA_<PROPERTY>} variables ({@code NEWSFLOW_KAFKA_SASL_MECHANISM}
 * is {@code sasl.mechanism}) and from the Java properties file {@code NEWSFLOW_KAFKA_CONFIG_FILE}; a variable wins
 * over the file. Each client gets the properties its kind knows, over Newsflow's own defaults for it. The settings
 * Newsflow's delivery guarantees rest on (serializers, transactions, isolation, offsets, group ids) are refused.
 *
 * @param bootstrapServers  the brokers to start from
 * @param clientProperties  the passed-through client properties, by Kafka property name
 * @param topics            replication and retention of the topics Newsflow creates
 */
public record KafkaSettings(String bootstrapServers, Map<String, String> clientProperties, TopicSettings topics) {

    public static final String BOOTSTRAP_SERVERS = "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS";
    public static final String CONFIG_FILE = "NEWSFLOW_KAFKA_CONFIG_FILE";
    /** The prefix of a passed-through client property's variable. */
    public static final String PROPERTY_PREFIX = "NEWSFLOW_KAFKA_";
    public static final String DEFAULT_BOOTSTRAP_SERVERS = "127.0.0.1:9092";

    /** The client kinds every service runs: a producer, a consumer, an admin client for its topics. */
    public static final List<ConfigDef> CLIENTS =
            List.of(ProducerConfig.configDef(), ConsumerConfig.configDef(), AdminClientConfig.configDef());

    /**
     * Properties Newsflow sets itself on the clients that need them: changing one would break exactly-once
     * publishing, the store's offsets in its database, or the serde of the contracts.
     */
    static final Set<String> MANAGED = Set.of(
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            ProducerConfig.TRANSACTIONAL_ID_CONFIG, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            ProducerConfig.ACKS_CONFIG,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, ConsumerConfig.GROUP_ID_CONFIG,
            ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "application.id", "processing.guarantee",
            "default.key.serde", "default.value.serde");
    /**
     * Managed settings a cluster's sample client file often carries with the very value Newsflow uses: accepted
     * as they are, so the file works unedited.
     */
    static final Map<String, Set<String>> MANAGED_AS_NEWSFLOW_SETS_THEM = Map.of(
            ProducerConfig.ACKS_CONFIG, Set.of("all", "-1"),
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, Set.of("true"));

    public KafkaSettings {
        clientProperties = Map.copyOf(clientProperties);
    }

    /** Plain settings for a broker that needs nothing but its address (tests, the embedded broker). */
    public static KafkaSettings plain(String bootstrapServers) {
        return new KafkaSettings(bootstrapServers, Map.of(), TopicSettings.DEFAULT);
    }

    /**
     * Reads the settings; problems are collected in {@code env}.
     *
     * @param known the configuration definitions of the clients this service runs: a property none of them knows
     *              is refused, so a typo is found at start instead of being ignored by Kafka with a warning
     */
    public static KafkaSettings read(Env env, Collection<ConfigDef> known) {
        var properties = new TreeMap<String, String>();
        var origin = new HashMap<String, String>();
        Path file = env.path(CONFIG_FILE, null);
        if (file != null) {
            fromFile(env, file).forEach((name, value) -> {
                properties.put(name, value);
                origin.put(name, CONFIG_FILE + " (" + LogFormat.quoted(file) + ") " + name);
            });
        }
        env.prefixed(PROPERTY_PREFIX).forEach((variable, value) -> {
            if (variable.equals(BOOTSTRAP_SERVERS) || variable.equals(CONFIG_FILE)
                    || TopicSettings.VARIABLES.contains(variable)) {
                return;
            }
            String name = variable.substring(PROPERTY_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
            properties.put(name, value);
            origin.put(name, variable);
        });
        String fromFile = properties.remove(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        String bootstrap = env.string(BOOTSTRAP_SERVERS, fromFile == null ? DEFAULT_BOOTSTRAP_SERVERS : fromFile);
        properties.forEach((name, value) -> check(env, origin.get(name), name, value, known));
        return new KafkaSettings(bootstrap, properties, TopicSettings.read(env));
    }

    private static Map<String, String> fromFile(Env env, Path file) {
        var loaded = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            loaded.load(in);
        } catch (IOException | IllegalArgumentException e) {
            env.problem(LogFormat.setting(CONFIG_FILE, file) + ": expected a readable Java properties file of Kafka "
                    + "client properties (" + e.getMessage() + ")");
            return Map.of();
        }
        var properties = new TreeMap<String, String>();
        loaded.stringPropertyNames().forEach(name -> {
            String value = loaded.getProperty(name).strip();
            if (!value.isEmpty()) {
                properties.put(name.strip(), value);
            }
        });
        return properties;
    }

    private static void check(Env env, String origin, String name, String value, Collection<ConfigDef> known) {
        if (MANAGED_AS_NEWSFLOW_SETS_THEM.getOrDefault(name, Set.of()).contains(value.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (MANAGED.contains(name)) {
            env.problem(origin + ": " + name + " is set by Newsflow itself (its delivery guarantees depend on it); "
                    + "leave it out");
            return;
        }
        Optional<ConfigDef.ConfigKey> key = known.stream()
                .map(def -> def.configKeys().get(name)).filter(k -> k != null).findFirst();
        if (key.isEmpty()) {
            env.problem(origin + ": \"" + name + "\" is not a property of this service's Kafka clients: expected a "
                    + "client property such as security.protocol, sasl.mechanism, sasl.jaas.config or "
                    + "ssl.truststore.location");
            return;
        }
        try {
            Object parsed = ConfigDef.parseType(name, value, key.get().type);
            if (key.get().validator != null) {
                key.get().validator.ensureValid(name, parsed);
            }
        } catch (org.apache.kafka.common.config.ConfigException e) {
            env.problem(LogFormat.setting(origin, isSecret(name) ? "<masked>" : value) + ": " + e.getMessage());
        }
    }

    /** Kafka marks the properties that hold a secret (a JAAS line with its password, a key) as passwords. */
    static boolean isSecret(String name) {
        return CLIENTS.stream().map(def -> def.configKeys().get(name))
                .anyMatch(key -> key != null && key.type == ConfigDef.Type.PASSWORD);
    }

    /**
     * Asks the cluster for its id, to find out at start whether it refuses this service (a wrong password, say).
     * A cluster that does not answer within {@code wait} is no verdict: the service starts and keeps trying.
     *
     * @throws KafkaRefusedException when the cluster refuses the credentials or the permissions
     */
    public void checkAccess(Duration wait) {
        var props = admin();
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) wait.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) wait.toMillis());
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().clusterId().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            KafkaRefusedException.find(e.getCause(), bootstrapServers).ifPresent(refused -> {
                throw refused;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // not reachable yet: the service's own retries take it from here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public KafkaSettings withBootstrapServers(String servers) {
        return new KafkaSettings(servers, clientProperties, topics);
    }

    /** A producer's properties: Newsflow's own for it, the passed-through producer properties over them. */
    public Map<String, Object> producer(Map<String, Object> newsflow) {
        return client(ProducerConfig.configNames(), newsflow);
    }

    public Map<String, Object> consumer(Map<String, Object> newsflow) {
        return client(ConsumerConfig.configNames(), newsflow);
    }

    public Map<String, Object> admin() {
        return client(AdminClientConfig.configNames(), Map.of());
    }

    /** Kafka Streams passes each property on to the clients it runs, so it takes them all. */
    public Properties streams(Properties newsflow) {
        var props = new Properties();
        props.putAll(newsflow);
        props.putAll(clientProperties);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    private Map<String, Object> client(Set<String> names, Map<String, Object> newsflow) {
        var props = new HashMap<String, Object>(newsflow);
        clientProperties.forEach((name, value) -> {
            if (names.contains(name)) {
                props.put(name, value);
            }
        });
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    /** The settings for a service's startup line, secrets masked. */
    public Map<String, Object> described() {
        var settings = new LinkedHashMap<String, Object>();
        settings.put(BOOTSTRAP_SERVERS, bootstrapServers);
        clientProperties.forEach((name, value) ->
                settings.put("kafka." + name, isSecret(name) ? Secrets.MASKED : value));
        settings.putAll(topics.described());
        return settings;
    }

    /**
     * How Newsflow creates its topics (topics that exist are left as they are).
     *
     * @param replicationFactor empty: the broker's {@code default.replication.factor}
     * @param rawRetention      how long the raw topic keeps articles; empty: for ever, since it is the replay log
     * @param retention         how long the other non-compacted topics keep records; empty: the broker's default
     */
    public record TopicSettings(Optional<Short> replicationFactor, Optional<Duration> rawRetention,
                                Optional<Duration> retention) {

        public static final String REPLICATION_FACTOR = "NEWSFLOW_KAFKA_TOPIC_REPLICATION_FACTOR";
        public static final String RAW_RETENTION = "NEWSFLOW_KAFKA_TOPIC_RAW_RETENTION";
        public static final String RETENTION = "NEWSFLOW_KAFKA_TOPIC_RETENTION";
        static final Set<String> VARIABLES = Set.of(REPLICATION_FACTOR, RAW_RETENTION, RETENTION);
        public static final TopicSettings DEFAULT =
                new TopicSettings(Optional.empty(), Optional.empty(), Optional.empty());

        static TopicSettings read(Env env) {
            int replication = env.integer(REPLICATION_FACTOR, 0, 1, Short.MAX_VALUE);
            return new TopicSettings(replication == 0 ? Optional.empty() : Optional.of((short) replication),
                    Optional.ofNullable(env.positiveDuration(RAW_RETENTION, null)),
                    Optional.ofNullable(env.positiveDuration(RETENTION, null)));
        }

        Map<String, Object> described() {
            var settings = new LinkedHashMap<String, Object>();
            settings.put(REPLICATION_FACTOR, replicationFactor.map(Object::toString).orElse("broker default"));
            settings.put(RAW_RETENTION, rawRetention.map(Object::toString).orElse("forever"));
            settings.put(RETENTION, retention.map(Object::toString).orElse("broker default"));
            return settings;
        }
    }
}

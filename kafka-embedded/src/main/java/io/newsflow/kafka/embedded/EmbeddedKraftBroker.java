package io.newsflow.kafka.embedded;

import io.newsflow.contracts.LogFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker, single node in KRaft mode (combined broker and controller), running inside this JVM on
 * loopback. It is what {@code ./newsflow run} and the integration tests talk to, so neither needs Docker.
 *
 * <p>The log directory is formatted on first start only; starting again on the same directory resumes with every
 * topic, offset and transaction as it was left. Internal topics use replication factor 1 and few partitions, and
 * groups rebalance without the initial delay, the usual settings for one node.
 */
public final class EmbeddedKraftBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKraftBroker.class);
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path logDir;

    private EmbeddedKraftBroker(KafkaRaftServer server, String bootstrapServers, Path logDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
    }

    /**
     * Formats {@code logDir} if it is new, then starts the broker and returns once it serves requests.
     *
     * @param port the client port on 127.0.0.1, or 0 for any free port
     */
    public static EmbeddedKraftBroker start(Path logDir, int port) {
        return start(logDir, port, Map.of(), null);
    }

    /**
     * As {@link #start(Path, int)} on any free port, but clients must log in: {@link #bootstrapServers()} is a
     * {@code SASL_PLAINTEXT} listener with the {@code PLAIN} mechanism that knows exactly {@code users} (name to
     * password), as a managed cluster would be. The broker talks to itself on a plaintext listener of its own.
     */
    public static EmbeddedKraftBroker startWithSaslPlain(Path logDir, Map<String, String> users) {
        return startWithSaslPlain(logDir, users, null);
    }

    /**
     * As {@link #startWithSaslPlain(Path, Map)}, and the broker enforces ACLs (KRaft's {@code StandardAuthorizer}):
     * a user may do only what an ACL allows it, except {@code superUser}, who may do anything (and so can grant
     * the others their ACLs).
     */
    public static EmbeddedKraftBroker startWithSaslPlain(Path logDir, Map<String, String> users, String superUser) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("a SASL listener needs at least one user");
        }
        return start(logDir, 0, users, superUser);
    }

    private static EmbeddedKraftBroker start(Path logDir, int port, Map<String, String> saslUsers, String superUser) {
        try {
            Files.createDirectories(logDir);
            int brokerPort = port == 0 ? freePort() : port;
            int controllerPort = freePort();
            log.info("kafka broker starting port={} logDir={}", brokerPort, LogFormat.quoted(logDir));
            var props = properties(logDir, brokerPort, controllerPort);
            String bootstrap = "127.0.0.1:" + brokerPort;
            if (!saslUsers.isEmpty()) {
                bootstrap = "127.0.0.1:" + addSaslListener(props, brokerPort, controllerPort, saslUsers);
            }
            if (superUser != null) {
                props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
                // The broker's own plaintext and controller listeners authenticate nobody: their ANONYMOUS is itself.
                props.put("super.users", "User:ANONYMOUS;User:" + superUser);
            }
            KafkaConfig config = KafkaConfig.fromProps(props, false);
            formatIfNew(config, logDir);
            var server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            log.info("kafka broker started bootstrap={} logDir={}", bootstrap, LogFormat.quoted(logDir));
            return new EmbeddedKraftBroker(server, bootstrap, logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Kafka broker in " + logDir, e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        log.info("kafka broker stopped bootstrap={}", bootstrapServers);
    }

    private static Properties properties(Path logDir, int brokerPort, int controllerPort) {
        var props = new Properties();
        props.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", Integer.toString(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ","
                        + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDir.toAbsolutePath().toString()),
                Map.entry("num.partitions", "1"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // On restart the controller keeps the previous incarnation's registration until its session
                // expires; with one node nothing else can hold it, so a short session makes restarts quick.
                Map.entry("broker.session.timeout.ms", "2000"),
                Map.entry("broker.heartbeat.interval.ms", "500"),
                // Topics are created by the services with their declared partitions and policies; a typo'd name
                // should fail rather than quietly create a one-partition topic.
                Map.entry("auto.create.topics.enable", "false")));
        return props;
    }

    /** @return the SASL listener's port */
    private static int addSaslListener(Properties props, int brokerPort, int controllerPort, Map<String, String> users)
            throws IOException {
        int saslPort = freePort();
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort + ","
                + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",SASL_PLAINTEXT://127.0.0.1:"
                + saslPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,"
                + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("sasl.enabled.mechanisms", "PLAIN");
        var jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required");
        users.forEach((user, password) -> jaas.append(" user_").append(user).append("=\"").append(password).append('"'));
        props.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", jaas.append(';').toString());
        return saslPort;
    }

    private static void formatIfNew(KafkaConfig config, Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(logDir.toAbsolutePath().toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the Kafka log directory " + logDir + ": " + e.getMessage(), e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}

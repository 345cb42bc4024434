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
        try {
            Files.createDirectories(logDir);
            int brokerPort = port == 0 ? freePort() : port;
            int controllerPort = freePort();
            log.info("kafka broker starting port={} logDir={}", brokerPort, LogFormat.quoted(logDir));
            KafkaConfig config = KafkaConfig.fromProps(properties(logDir, brokerPort, controllerPort), false);
            formatIfNew(config, logDir);
            var server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            String bootstrap = "127.0.0.1:" + brokerPort;
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

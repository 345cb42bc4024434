package io.newsflow.launcher;

import io.newsflow.enrich.EnrichApp;
import io.newsflow.ingest.IngestApp;
import io.newsflow.kafka.embedded.EmbeddedKraftBroker;
import io.newsflow.metrics.Metrics;
import io.newsflow.store.StoreApp;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one JVM: an embedded KRaft broker and the three services, each built by its own app class
 * exactly as its main builds it; only the broker address, inbox, data folder and port are overridden. Every part is
 * kept under the data folder, so starting again on the same folder resumes where the last run stopped.
 */
final class EmbeddedPipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPipeline.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    /** One registry for the whole process, served as /metrics on the store's API port: ingest and enrich open none. */
    private final Metrics metrics = new Metrics();
    private final String bootstrapServers;
    private final StoreApp store;
    private final EnrichApp enrich;
    private final IngestApp ingest;

    private EmbeddedPipeline(ServiceConfigs configs, RunOptions options, String bootstrap) {
        bootstrapServers = bootstrap;
        store = new StoreApp(configs.store()
                .withBootstrapServers(bootstrap).withDataDir(options.dataDir()).withHttpPort(options.httpPort()),
                metrics);
        enrich = new EnrichApp(configs.enrich()
                .withBootstrapServers(bootstrap).withDataDir(options.dataDir()), metrics);
        ingest = new IngestApp(configs.ingest()
                .withBootstrapServers(bootstrap).withInbox(options.inbox()).withDataDir(options.dataDir()), metrics);
    }

    /**
     * Starts everything; on a failure stops what had started and rethrows. Every service's configuration is checked
     * before the broker starts.
     *
     * @param env the process environment: every {@code NEWSFLOW_*} setting of the services applies here too
     * @throws io.newsflow.config.ConfigException naming every bad variable of every service
     */
    static EmbeddedPipeline start(Map<String, String> env, RunOptions options) {
        var configs = ServiceConfigs.fromEnv(env);
        var broker = EmbeddedKraftBroker.start(options.dataDir().resolve("kafka"), options.kafkaPort());
        EmbeddedPipeline pipeline;
        try {
            pipeline = new EmbeddedPipeline(configs, options, broker.bootstrapServers());
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        pipeline.started.push(broker);
        return pipeline.startServices();
    }

    /**
     * Starts the three services on a broker the caller started and keeps: {@link #close()} leaves it running, so
     * the bench can measure Kafka alone on the same broker once the services are stopped. The options' Kafka port is
     * not used.
     */
    static EmbeddedPipeline startOn(String bootstrapServers, Map<String, String> env, RunOptions options) {
        return new EmbeddedPipeline(ServiceConfigs.fromEnv(env), options, bootstrapServers).startServices();
    }

    private EmbeddedPipeline startServices() {
        started.push(metrics); // closed last, after every service that counts on it
        try {
            // Downstream first, so every article published is already awaited.
            store.start();
            started.push(store);
            enrich.start();
            started.push(enrich);
            ingest.start();
            started.push(ingest);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    URI apiAddress() {
        return store.apiAddress();
    }

    /** Stops the services in reverse order (ingest first, the broker last). */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                log.warn("stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
    }
}

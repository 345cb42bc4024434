package io.newsflow.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The meters of one process: a Prometheus registry with the JVM's own meters (memory, GC, threads, class loading,
 * CPU) already bound, and the one way to bind a Kafka client's or Kafka Streams' own meters to it. One per process,
 * handed to the app classes by constructor: under {@code ./newsflow run} the three services share one, so a single
 * scrape of {@code /metrics} shows the whole pipeline. Never Micrometer's static global registry, which would make
 * every test share its counts.
 */
public final class Metrics implements AutoCloseable {

    /** What {@link #scrape()} returns: Prometheus' text format 0.0.4 (its writer's own constant is not on the API). */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Records parked on the dead-letter topic, tagged with the service that parked them. */
    public static final String DEAD_LETTERED = "newsflow.deadletter.records";

    /**
     * How soon the meters of a Kafka client's new partitions (records-lag per partition, once assigned) show up:
     * Micrometer's default looks for new ones once a minute, longer than a dashboard should stay blank.
     */
    private static final Duration KAFKA_REFRESH = Duration.ofSeconds(10);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Listens to GC notifications until closed. */
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** One thread refreshes every Kafka client's meters, rather than one thread per client. */
    private final ScheduledExecutorService kafkaRefresh = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "newsflow-kafka-meters");
        thread.setDaemon(true);
        return thread;
    });

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Every meter in Prometheus' text format, as {@code GET /metrics} answers. */
    public String scrape() {
        return registry.scrape();
    }

    /** Shows a consumer's own meters (records-lag per partition among them) until the returned binder is closed. */
    public KafkaClientMetrics bindConsumer(Consumer<?, ?> consumer) {
        return bound(new KafkaClientMetrics(consumer, List.of(), kafkaRefresh, KAFKA_REFRESH));
    }

    /** Shows a producer's own meters (sends, errors, latency) until the returned binder is closed. */
    public KafkaClientMetrics bindProducer(Producer<?, ?> producer) {
        return bound(new KafkaClientMetrics(producer, List.of(), kafkaRefresh, KAFKA_REFRESH));
    }

    /**
     * Shows a Kafka Streams instance's meters (its consumers' lag among them) until the binder is closed. Its own
     * name, not an overload: services without Kafka Streams on their class path call the other two.
     */
    public KafkaStreamsMetrics bindStreams(KafkaStreams streams) {
        return bound(new KafkaStreamsMetrics(streams, List.of(), kafkaRefresh, KAFKA_REFRESH));
    }

    private <T extends MeterBinder> T bound(T binder) {
        binder.bindTo(registry);
        return binder;
    }

    /** The dead-letter counter of {@code service} ({@code enrich-service}, {@code store-service}). */
    public static Counter deadLettered(MeterRegistry registry, String service) {
        return Counter.builder(DEAD_LETTERED).tag("service", service)
                .description("Records parked on the dead-letter topic").register(registry);
    }

    @Override
    public void close() {
        kafkaRefresh.shutdownNow();
        gc.close();
        registry.close();
    }
}

package io.newsflow.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The meters of one process: a Prometheus registry with the JVM's own meters (memory, GC, threads, class loading,
 * CPU) already bound. One per process, handed to the app classes by constructor: under {@code ./newsflow run} the
 * three services share one, so a single scrape of {@code /metrics} shows the whole pipeline. Never Micrometer's
 * static global registry, which would make every test share its counts.
 */
public final class Metrics implements AutoCloseable {

    /** What {@link #scrape()} returns: Prometheus' text format 0.0.4 (its writer's own constant is not on the API). */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Records parked on the dead-letter topic, tagged with the service that parked them. */
    public static final String DEAD_LETTERED = "newsflow.deadletter.records";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Listens to GC notifications until closed. */
    private final JvmGcMetrics gc = new JvmGcMetrics();

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

    /** The dead-letter counter of {@code service} ({@code enrich-service}, {@code store-service}). */
    public static Counter deadLettered(MeterRegistry registry, String service) {
        return Counter.builder(DEAD_LETTERED).tag("service", service)
                .description("Records parked on the dead-letter topic").register(registry);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}

package io.newsflow.metrics;

import io.newsflow.config.ServiceMain;
import java.net.URI;
import java.util.function.Function;

/**
 * A service run by its own main: it owns the process's {@link Metrics}, hands them to the app it builds, and closes
 * them after the app. A service without an API (ingest, enrich) also gets the {@link MetricsServer}; store-service
 * serves {@code /metrics} on its API port. The launcher builds the apps itself, with one {@code Metrics} for all.
 */
public final class StandaloneService implements ServiceMain.Service {

    /** An app that answers health probes. */
    public interface Probed extends ServiceMain.Service, HealthCheck {
    }

    private final Metrics metrics;
    private final ServiceMain.Service app;
    private final MetricsServer server;

    private StandaloneService(Metrics metrics, ServiceMain.Service app, MetricsServer server) {
        this.metrics = metrics;
        this.app = app;
        this.server = server;
    }

    /**
     * The app, and the endpoint serving its meters and health.
     *
     * @param service the service's name as its log lines begin, e.g. {@code ingest}
     */
    public static StandaloneService served(String service, MetricsEndpoint endpoint,
                                           Function<Metrics, ? extends Probed> app) {
        var metrics = new Metrics();
        Probed built = app.apply(metrics);
        return new StandaloneService(metrics, built, new MetricsServer(service, endpoint, metrics, built));
    }

    /** The app, which serves its meters itself. */
    public static StandaloneService of(Function<Metrics, ? extends ServiceMain.Service> app) {
        var metrics = new Metrics();
        return new StandaloneService(metrics, app.apply(metrics), null);
    }

    /**
     * Starts the endpoint, then the app: a port already taken stops the service before it has started any work,
     * and until the app is up its readiness answers 503.
     */
    @Override
    public void start() {
        if (server != null) {
            server.start();
        }
        app.start();
    }

    /** Where {@code /metrics} and {@code /health/*} are served; only for a service {@link #served}, once started. */
    public URI address() {
        return server.address();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        app.close();
        metrics.close();
    }
}

package io.newsflow.store.api;

import io.newsflow.store.consume.ConsumerStatus;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Health for orchestrators. {@code GET /health/ready} (and {@code /health}, its older name): 200 and {@code "UP"}
 * while the database answers and the consumer is running, 503 and {@code "DOWN"} otherwise (during an outage, the
 * consumer's reason is in {@code detail}), so traffic stops going to an instance that cannot do its job.
 * {@code GET /health/live}: 200 while the process answers at all, outages included: the store waits out a database
 * outage by itself, and restarting it then would only add a restart to the outage.
 */
final class HealthHandler implements Endpoint {

    static final String PATH = "/health";
    static final String READY = "/health/ready";
    static final String LIVE = "/health/live";

    /** The response body. */
    record Health(String status, String database, String consumer, String detail) {
    }

    /** The liveness body: the process answers. */
    record Liveness(String status) {
    }

    private final BooleanSupplier databaseReachable;
    private final Supplier<ConsumerStatus> consumerStatus;

    HealthHandler(BooleanSupplier databaseReachable, Supplier<ConsumerStatus> consumerStatus) {
        this.databaseReachable = databaseReachable;
        this.consumerStatus = consumerStatus;
    }

    @Override
    public boolean serves(String path) {
        return path.equals(PATH) || path.equals(READY) || path.equals(LIVE);
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(PATH, Set.of()), new Route(READY, Set.of()), new Route(LIVE, Set.of()));
    }

    @Override
    public Reply get(URI uri) {
        if (uri.getPath().equals(LIVE)) {
            return Reply.ok(new Liveness("UP"));
        }
        ConsumerStatus consumer = consumerStatus.get();
        // A consumer already retrying says the outage; probing the database then would only make an orchestrator's
        // health check wait out the connection timeout.
        boolean database = consumer.state() != ConsumerStatus.State.RETRYING && databaseReachable.getAsBoolean();
        boolean up = database && consumer.isHealthy();
        return new Reply(up ? 200 : 503, new Health(up ? "UP" : "DOWN", database ? "UP" : "DOWN",
                consumer.state().name(), consumer.detail()));
    }
}

package io.newsflow.store.api;

import io.newsflow.store.consume.ConsumerStatus;
import java.net.URI;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code GET /health}: 200 and {@code "UP"} while the database answers and the consumer is running, 503 and
 * {@code "DOWN"} otherwise (during an outage, the consumer's reason is in {@code detail}), so an orchestrator stops
 * routing to, or restarts, an instance that cannot do its job.
 */
final class HealthHandler implements Endpoint {

    static final String PATH = "/health";

    /** The response body. */
    record Health(String status, String database, String consumer, String detail) {
    }

    private final BooleanSupplier databaseReachable;
    private final Supplier<ConsumerStatus> consumerStatus;

    HealthHandler(BooleanSupplier databaseReachable, Supplier<ConsumerStatus> consumerStatus) {
        this.databaseReachable = databaseReachable;
        this.consumerStatus = consumerStatus;
    }

    @Override
    public boolean serves(String path) {
        return path.equals(PATH);
    }

    @Override
    public Reply get(URI uri) {
        ConsumerStatus consumer = consumerStatus.get();
        // A consumer already retrying says the outage; probing the database then would only make an orchestrator's
        // health check wait out the connection timeout.
        boolean database = consumer.state() != ConsumerStatus.State.RETRYING && databaseReachable.getAsBoolean();
        boolean up = database && consumer.isHealthy();
        return new Reply(up ? 200 : 503, new Health(up ? "UP" : "DOWN", database ? "UP" : "DOWN",
                consumer.state().name(), consumer.detail()));
    }
}

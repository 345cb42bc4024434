package io.newsflow.config;

import java.util.function.Supplier;

/**
 * The one shape of a service's {@code main}: build the app from its configuration, stop it on SIGTERM, start it. A
 * configuration the service cannot start with prints every problem, without a stack trace, and exits with
 * {@link #BAD_CONFIGURATION}; one that Kafka refuses prints that in one line and exits with {@link #KAFKA_REFUSED}.
 */
public final class ServiceMain {

    /** Exit status for a configuration a service cannot start with. */
    public static final int BAD_CONFIGURATION = 2;
    /** Exit status when Kafka refuses the service's credentials or permissions. */
    public static final int KAFKA_REFUSED = 3;

    /** What a service's composition root offers its main. */
    public interface Service extends AutoCloseable {
        void start();

        /** Stops what {@link #start} started; called from the shutdown hook, so it must not throw. */
        @Override
        void close();
    }

    private ServiceMain() {
    }

    /** @param name the service's name, e.g. {@code ingest}: it names the shutdown thread */
    public static void run(String name, Supplier<? extends Service> app) {
        Service service;
        try {
            service = app.get();
        } catch (ConfigException e) {
            System.err.println(e.getMessage()); // it lists every bad variable; a stack trace adds nothing
            System.exit(BAD_CONFIGURATION);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "newsflow-" + name + "-shutdown"));
        try {
            service.start();
        } catch (KafkaRefusedException e) {
            System.err.println(name + "-service cannot start: " + e.getMessage());
            System.exit(KAFKA_REFUSED); // the shutdown hook stops what had started
        }
    }
}

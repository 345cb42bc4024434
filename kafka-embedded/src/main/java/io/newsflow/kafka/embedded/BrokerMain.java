package io.newsflow.kafka.embedded;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded broker as a process of its own: {@code BrokerMain LOG_DIR PORT}. The fault-injection tests use it
 * to stop and restart the broker under running services, which an in-process broker cannot model.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: BrokerMain LOG_DIR PORT");
            System.exit(2);
        }
        var broker = EmbeddedKraftBroker.start(Path.of(args[0]), Integer.parseInt(args[1]));
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "newsflow-broker-shutdown"));
        System.out.println("broker ready " + broker.bootstrapServers());
        stopped.await();
    }
}

package io.newsflow.store;

import io.newsflow.config.ConfigException;

/** Runs store-service from the process environment; a bad configuration exits with status 2 and every problem. */
public final class StoreMain {

    private StoreMain() {
    }

    public static void main(String[] args) {
        try {
            var app = new StoreApp(StoreConfig.fromEnv(System.getenv())); // throws listing every bad variable
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "store-shutdown"));
            app.start();
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}

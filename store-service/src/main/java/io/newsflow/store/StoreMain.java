package io.newsflow.store;

import io.newsflow.config.ServiceMain;
import io.newsflow.metrics.StandaloneService;

/** Runs store-service on its own, configured by {@code NEWSFLOW_*} environment variables. */
public final class StoreMain {

    private StoreMain() {
    }

    public static void main(String[] args) {
        ServiceMain.run("store", () -> {
            var config = StoreConfig.fromEnv(System.getenv());
            return StandaloneService.of(metrics -> new StoreApp(config, metrics));
        });
    }
}

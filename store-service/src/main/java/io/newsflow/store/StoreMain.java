package io.newsflow.store;

import io.newsflow.config.ServiceMain;

/** Runs store-service on its own, configured by {@code NEWSFLOW_*} environment variables. */
public final class StoreMain {

    private StoreMain() {
    }

    public static void main(String[] args) {
        ServiceMain.run("store", () -> new StoreApp(StoreConfig.fromEnv(System.getenv())));
    }
}

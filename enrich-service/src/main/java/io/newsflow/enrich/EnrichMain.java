package io.newsflow.enrich;

import io.newsflow.config.ServiceMain;

/** Runs enrich-service on its own, configured by {@code NEWSFLOW_*} environment variables. */
public final class EnrichMain {

    private EnrichMain() {
    }

    public static void main(String[] args) {
        ServiceMain.run("enrich", () -> new EnrichApp(EnrichConfig.fromEnv(System.getenv())));
    }
}

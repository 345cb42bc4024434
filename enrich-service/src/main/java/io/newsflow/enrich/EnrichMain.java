package io.newsflow.enrich;

import io.newsflow.config.ServiceMain;
import io.newsflow.metrics.StandaloneService;

/** Runs enrich-service on its own, configured by {@code NEWSFLOW_*} environment variables, with its metrics endpoint. */
public final class EnrichMain {

    private EnrichMain() {
    }

    public static void main(String[] args) {
        ServiceMain.run("enrich", () -> {
            var config = EnrichConfig.fromEnv(System.getenv());
            return StandaloneService.served("enrich", config.metrics(), metrics -> new EnrichApp(config, metrics));
        });
    }
}

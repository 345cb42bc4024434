package io.newsflow.ingest;

import io.newsflow.config.ServiceMain;
import io.newsflow.metrics.StandaloneService;

/** Runs ingest-service on its own, configured by {@code NEWSFLOW_*} environment variables, with its metrics endpoint. */
public final class IngestMain {

    private IngestMain() {
    }

    public static void main(String[] args) {
        ServiceMain.run("ingest", () -> {
            var config = IngestConfig.fromEnv(System.getenv());
            return StandaloneService.served("ingest", config.metrics(), metrics -> new IngestApp(config, metrics));
        });
    }
}

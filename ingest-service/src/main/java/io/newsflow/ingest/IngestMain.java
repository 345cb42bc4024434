package io.newsflow.ingest;

import io.newsflow.config.ServiceMain;

/** Runs ingest-service on its own, configured by {@code NEWSFLOW_*} environment variables. */
public final class IngestMain {

    private IngestMain() {
    }

    public static void main(String[] args) {
        ServiceMain.run("ingest", () -> new IngestApp(IngestConfig.fromEnv(System.getenv())));
    }
}

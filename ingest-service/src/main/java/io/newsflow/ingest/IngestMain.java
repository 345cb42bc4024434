package io.newsflow.ingest;

import io.newsflow.config.ConfigException;

/** Runs ingest-service on its own, configured from the environment. */
public final class IngestMain {

    private IngestMain() {
    }

    public static void main(String[] args) {
        try {
            var app = new IngestApp(IngestConfig.fromEnv(System.getenv()));
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "newsflow-ingest-shutdown"));
            app.start();
        } catch (ConfigException e) {
            System.err.println("newsflow ingest-service: " + e.getMessage());
            System.exit(2);
        }
    }
}

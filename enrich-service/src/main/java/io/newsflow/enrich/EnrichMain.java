package io.newsflow.enrich;

import io.newsflow.config.ConfigException;

/** Runs enrich-service as its own process, configured by {@code NEWSFLOW_*} environment variables. */
public final class EnrichMain {

    /** Exit status for a configuration the service cannot start with. */
    private static final int BAD_CONFIGURATION = 2;

    private EnrichMain() {
    }

    public static void main(String[] args) {
        EnrichApp app;
        try {
            app = new EnrichApp(EnrichConfig.fromEnv(System.getenv()));
        } catch (ConfigException e) {
            System.err.println(e.getMessage()); // the message lists every bad variable; a stack trace adds nothing
            System.exit(BAD_CONFIGURATION);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "enrich-shutdown"));
        app.start();
    }
}

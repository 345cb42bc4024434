package io.newsflow.launcher.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * How the bench starts Newsflow's services: the launcher hands in its embedded pipeline, so the bench measures the
 * services wired exactly as {@code ./newsflow run} wires them, and this package needs no wiring of its own.
 */
@FunctionalInterface
public interface PipelineStarter {

    /** The started services: where their API answers, and how to stop them (the broker stays up; twice is fine). */
    record Running(URI apiAddress, Runnable stop) {
    }

    /**
     * Starts ingest, enrich and store on the broker at {@code bootstrapServers}, the API on a free port.
     *
     * @param env the {@code NEWSFLOW_*} settings, with the database the bench chose
     */
    Running start(String bootstrapServers, Path inbox, Path dataDir, Map<String, String> env);
}

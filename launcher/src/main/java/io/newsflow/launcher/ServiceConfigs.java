package io.newsflow.launcher;

import io.newsflow.config.ConfigException;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.store.StoreConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The three services' configurations, read from one environment as each service's main reads its own. Read together
 * so that a user hears of every bad variable of every service at once, before a broker is started for nothing.
 */
record ServiceConfigs(IngestConfig ingest, EnrichConfig enrich, StoreConfig store) {

    /** Throws one {@link ConfigException} naming the services at fault and each problem once. */
    static ServiceConfigs fromEnv(Map<String, String> env) {
        var faults = new Faults();
        var configs = new ServiceConfigs(faults.read("ingest-service", IngestConfig::fromEnv, env),
                faults.read("enrich-service", EnrichConfig::fromEnv, env),
                faults.read("store-service", StoreConfig::fromEnv, env));
        faults.validate();
        return configs;
    }

    private static final class Faults {
        private final List<String> services = new ArrayList<>();
        // A variable two services share (NEWSFLOW_DATA_DIR) is one problem, not two.
        private final Set<String> problems = new LinkedHashSet<>();

        <T> T read(String service, Function<Map<String, String>, T> fromEnv, Map<String, String> env) {
            try {
                return fromEnv.apply(env);
            } catch (ConfigException e) {
                services.add(service);
                problems.addAll(e.problems());
                return null;
            }
        }

        void validate() {
            if (!services.isEmpty()) {
                throw new ConfigException(String.join(", ", services), List.copyOf(problems));
            }
        }
    }
}

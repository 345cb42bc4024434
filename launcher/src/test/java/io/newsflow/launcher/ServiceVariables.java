package io.newsflow.launcher;

import io.newsflow.config.KafkaSettings;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.store.StoreConfig;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The {@code NEWSFLOW_*} variables each service reads, taken from the constants of its config record. */
final class ServiceVariables {

    static final Map<String, Class<?>> CONFIGS = Map.of(
            "ingest-service", IngestConfig.class,
            "enrich-service", EnrichConfig.class,
            "store-service", StoreConfig.class);

    private ServiceVariables() {
    }

    /** Every service reads how to reach Kafka the same way, besides its own variables. */
    private static final List<Class<?>> SHARED = List.of(KafkaSettings.class, KafkaSettings.TopicSettings.class);

    static Set<String> of(String service) {
        return Stream.concat(Stream.of(CONFIGS.get(service)), SHARED.stream())
                .flatMap(config -> Arrays.stream(config.getFields()))
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(ServiceVariables::value)
                .filter(v -> v.startsWith("NEWSFLOW_") && !v.endsWith("_")) // not the pass-through's prefix
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> all() {
        return CONFIGS.keySet().stream().flatMap(s -> of(s).stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

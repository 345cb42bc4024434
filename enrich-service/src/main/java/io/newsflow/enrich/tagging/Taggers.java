package io.newsflow.enrich.tagging;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the tagger a user named among the {@link TaggerProvider}s on the classpath. */
public final class Taggers {

    /** Every tagger Newsflow knows of; those outside the default build need their module on the classpath. */
    public static final List<String> KNOWN = List.of("builtin", "corenlp");

    private Taggers() {
    }

    public static Tagger create(String name, Optional<Path> gazetteerDir) {
        return ServiceLoader.load(TaggerProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the \"" + name + "\" tagger is not installed"
                        + ("corenlp".equals(name) ? ": build it with ./mvnw -Pcorenlp package" : "")))
                .create(gazetteerDir);
    }
}

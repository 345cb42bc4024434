package io.newsflow.enrich.tagging;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the tagger a user named among the {@link TaggerProvider}s on the classpath. */
public final class Taggers {

    /** Every tagger Newsflow knows of; those outside the default build need their module on the classpath. */
    public static final List<String> KNOWN = List.of("builtin", "rules", "corenlp");

    private Taggers() {
    }

    /** Whether the named tagger's module is on the classpath. */
    public static boolean isInstalled(String name) {
        return provider(name).isPresent();
    }

    /** What to do about a known tagger that is not installed, for error messages. */
    public static String howToInstall(String name) {
        return "the \"" + name + "\" tagger is not installed" + ("corenlp".equals(name)
                ? ": build the launcher with ./mvnw -Pcorenlp -Dmaven.jar.forceCreation=true -DskipTests package"
                        + " -pl launcher -am (see the README, \"Using the CoreNLP tagger\")"
                : "");
    }

    /** The named tagger's name and version as its lineage says it, e.g. {@code builtin/0.4.0}. */
    public static String version(String name) {
        return provider(name).orElseThrow(() -> new IllegalArgumentException(howToInstall(name))).version();
    }

    public static Tagger create(String name, Optional<Path> gazetteerDir) {
        return provider(name).orElseThrow(() -> new IllegalArgumentException(howToInstall(name))).create(gazetteerDir);
    }

    private static Optional<TaggerProvider> provider(String name) {
        return ServiceLoader.load(TaggerProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals(name))
                .findFirst();
    }
}

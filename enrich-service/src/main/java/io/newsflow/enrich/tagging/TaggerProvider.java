package io.newsflow.enrich.tagging;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Makes a {@link Tagger} by name. Taggers are found with {@link java.util.ServiceLoader} so an optional tagger in a
 * module of its own (the CoreNLP one, built only on request) is picked up when its jar is on the classpath, without
 * the service depending on it.
 */
public interface TaggerProvider {

    /** The name users choose it by: {@code builtin}, {@code rules}, {@code corenlp}. */
    String name();

    /** What its taggers write in lineage, name and version ({@code builtin/0.4.0}), known without creating one. */
    String version();

    /** @param gazetteerDir the user's extra gazetteer files, for taggers that read gazetteers */
    Tagger create(Optional<Path> gazetteerDir);
}

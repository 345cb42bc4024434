package io.newsflow.enrich.tagging;

import io.newsflow.enrich.tagging.entities.Gazetteer;
import java.nio.file.Path;
import java.util.Optional;

/** Registers the built-in tagger under the name {@code builtin}. */
public final class BuiltinTaggerProvider implements TaggerProvider {

    @Override
    public String name() {
        return "builtin";
    }

    @Override
    public String version() {
        return BuiltinTagger.NAME;
    }

    @Override
    public Tagger create(Optional<Path> gazetteerDir) {
        return new BuiltinTagger(Gazetteer.load(gazetteerDir));
    }
}

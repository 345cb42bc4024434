package io.newsflow.enrich.tagging;

import io.newsflow.enrich.tagging.entities.Gazetteer;
import java.nio.file.Path;
import java.util.Optional;

/** Registers the rules-only tagger under the name {@code rules}. */
public final class RulesTaggerProvider implements TaggerProvider {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String version() {
        return RulesTagger.NAME;
    }

    @Override
    public Tagger create(Optional<Path> gazetteerDir) {
        return new RulesTagger(Gazetteer.load(gazetteerDir));
    }
}

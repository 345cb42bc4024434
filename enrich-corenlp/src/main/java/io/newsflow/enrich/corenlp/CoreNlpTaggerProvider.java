package io.newsflow.enrich.corenlp;

import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.TaggerProvider;
import io.newsflow.enrich.tagging.entities.EntityTagger;
import io.newsflow.enrich.tagging.entities.Gazetteer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Registers the CoreNLP tagger under the name {@code corenlp}, so {@code --tagger corenlp} and
 * {@code NEWSFLOW_ENRICH_TAGGER=corenlp} find it whenever this module's jar is on the classpath.
 */
public final class CoreNlpTaggerProvider implements TaggerProvider {

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public String version() {
        return CoreNlpTagger.NAME;
    }

    @Override
    public Tagger create(Optional<Path> gazetteerDir) {
        // The gazetteers do not find names here; they give the names CoreNLP finds their canonical keys.
        return new CoreNlpTagger(new EntityTagger(Gazetteer.load(gazetteerDir)));
    }
}

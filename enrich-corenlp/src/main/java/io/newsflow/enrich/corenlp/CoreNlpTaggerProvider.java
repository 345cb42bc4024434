package io.newsflow.enrich.corenlp;

import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.TaggerProvider;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the CoreNLP tagger under the name {@code corenlp}, so {@code --tagger corenlp} and
 * {@code NEWSFLOW_ENRICH_TAGGER=corenlp} find it whenever this module's jar is on the classpath.
 */
public final class CoreNlpTaggerProvider implements TaggerProvider {

    private static final Logger log = LoggerFactory.getLogger(CoreNlpTaggerProvider.class);

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Tagger create(Optional<Path> gazetteerDir) {
        gazetteerDir.ifPresent(dir -> log.warn("the corenlp tagger reads no gazetteers: ignoring gazetteerDir=\"{}\"", dir));
        return new CoreNlpTagger();
    }
}

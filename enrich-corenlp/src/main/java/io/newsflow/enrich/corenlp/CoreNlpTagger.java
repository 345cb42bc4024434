package io.newsflow.enrich.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.Mention;
import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.Tagging;
import io.newsflow.enrich.tagging.entities.EntityTagger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's CRF named-entity recogniser, with SUTime for dates resolved against the article's published
 * date; its names are grouped and keyed by the same code as the built-in tagger's. It needs a 450 MB model jar, close to
 * 1 GB of heap and far more time per article (see README); it is GPL v3+, which is why it lives in its own module.
 *
 * <p>One pipeline serves every thread: CoreNLP's annotators keep no per-document state, and the pipeline's own
 * {@code annotate(Iterable, numThreads)} calls {@code annotate} on one instance from many threads.
 */
final class CoreNlpTagger implements Tagger {

    /** Changes whenever the output for the same text changes: a new CoreNLP release or a new mapping. */
    static final String NAME = "corenlp/0.2.0";

    private final StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
    private final EntityTagger grouper;

    /** @param grouper groups, keys and ranks the names CoreNLP finds exactly as the other taggers' */
    CoreNlpTagger(EntityTagger grouper) {
        this.grouper = grouper;
    }

    private static Properties properties() {
        var properties = new Properties();
        // ner needs pos and lemma; it runs SUTime and builds the entity mentions itself.
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return properties;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Tagging tag(String text, LocalDate publishedDate) {
        var document = new CoreDocument(text);
        // SUTime resolves "on Monday" and "last week" against this date instead of today.
        document.annotation().set(CoreAnnotations.DocDateAnnotation.class, publishedDate.toString());
        pipeline.annotate(document);

        var entityMentions = new ArrayList<Mention>();
        var dates = new ArrayList<DateMention>();
        for (CoreEntityMention found : document.entityMentions()) {
            if (!isTaggedByNer(found)) {
                continue;
            }
            // CoreNLP's offsets are String indices (UTF-16 units), as ours: the IT checks this past an emoji.
            int start = found.charOffsets().first();
            int end = found.charOffsets().second();
            if (NerTypes.TIMEX.contains(found.entityType())) {
                TimexMentions.of(text, start, end, found.coreMap().get(TimeAnnotations.TimexAnnotation.class))
                        .ifPresent(dates::add);
            } else {
                NerTypes.entityType(found.entityType())
                        .ifPresent(t -> entityMentions.add(new Mention(start, end, text.substring(start, end), t.name())));
            }
        }
        entityMentions.sort(Comparator.comparingInt(Mention::start));
        dates.sort(Comparator.comparingInt(DateMention::start));
        return new Tagging(grouper.group(text, entityMentions), dates);
    }

    /**
     * CoreNLP also adds pronoun mentions ("He" as a PERSON) for its knowledge-base tools; their tokens carry no NER
     * label. A pronoun is not a name, and grouping it would need coreference, so only labelled mentions count.
     */
    private static boolean isTaggedByNer(CoreEntityMention mention) {
        return mention.entityType().equals(mention.tokens().get(0).ner());
    }
}

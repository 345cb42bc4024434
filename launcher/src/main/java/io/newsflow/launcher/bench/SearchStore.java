package io.newsflow.launcher.bench;

import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Lineage;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
import io.newsflow.contracts.Titles;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.Tagging;
import io.newsflow.store.consume.EnrichedArticleConsumer;
import io.newsflow.store.persist.ArticleRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fills the search phase's store: generated articles made into the events the pipeline would have stored (the raw
 * article as ingest-service reads a seed file, tagged by the real tagger, with its lineage) and written by the
 * store's own {@link ArticleRepository}. Through the pipeline, 100,000 articles would take twice as long here (it
 * stores about 250 a second, the fill about 400 to 650) and measure the pipeline again; the store's rows and its
 * search index are the same either way.
 *
 * <p>Article {@code n} is story {@code n} of the generator, dated {@link #FIRST_DAY} plus {@code n} modulo
 * {@link #DAYS} days, so the queries can name stories and date ranges that are known to be there. Tagging runs on
 * every core but one while the caller's thread writes, with a bounded number of batches in hand.
 */
final class SearchStore {

    /** The stored articles are spread evenly over these three years: about 91 a day for 100,000. */
    static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    static final int DAYS = 1096;

    /**
     * Articles per transaction. Ten times the store consumer's batch: the rows are the same, and on a 100,000-article
     * SQLite store the fill (which is not what is measured) took 216 s instead of 336 s.
     */
    static final int BATCH = 10 * EnrichedArticleConsumer.MAX_BATCH;

    private final ArticleGenerator generator;
    private final Tagger tagger;
    private final Clock clock;
    private final Progress progress;

    SearchStore(ArticleGenerator generator, Tagger tagger, Clock clock, Progress progress) {
        this.generator = generator;
        this.tagger = tagger;
        this.clock = clock;
        this.progress = progress;
    }

    static LocalDate publishedDate(int story) {
        return FIRST_DAY.plusDays(story % DAYS);
    }

    /** What the fill wrote: articles, and the entity and date mentions the tagger found in them. */
    record Filled(int articles, long entities, long dates, long textBytes) {
    }

    /** Writes stories {@code 0} to {@code count - 1} into the (migrated, empty) store behind {@code repository}. */
    Filled fill(ArticleRepository repository, int count) throws InterruptedException {
        progress.phase("search fill", "stored", count);
        int batch = BATCH;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        ExecutorService taggers = Executors.newFixedThreadPool(threads, r -> {
            var thread = new Thread(r, "newsflow-bench-search-tagger");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<List<EnrichedArticle>>> inHand = new ArrayDeque<>();
            int next = 0;
            int stored = 0;
            long entities = 0;
            long dates = 0;
            long bytes = 0;
            while (stored < count) {
                while (next < count && inHand.size() < 2 * threads) {
                    int from = next;
                    int to = Math.min(count, from + batch);
                    inHand.add(taggers.submit(() -> tagged(from, to)));
                    next = to;
                }
                List<EnrichedArticle> articles = take(inHand.removeFirst());
                repository.store(articles, List.of());
                for (EnrichedArticle article : articles) {
                    entities += article.entities().size();
                    dates += article.dates().size();
                    bytes += article.text().getBytes(StandardCharsets.UTF_8).length;
                }
                stored += articles.size();
                progress.done(stored);
            }
            return new Filled(stored, entities, dates, bytes);
        } finally {
            taggers.shutdownNow();
        }
    }

    private List<EnrichedArticle> tagged(int from, int to) {
        var articles = new ArrayList<EnrichedArticle>(to - from);
        for (int story = from; story < to; story++) {
            articles.add(enriched(story));
        }
        return articles;
    }

    /** Story {@code story} as the enriched topic would carry it after ingest and enrich. */
    EnrichedArticle enriched(int story) {
        GeneratedArticle generated = generator.article(story, publishedDate(story));
        String text = generated.text();
        byte[] file = generated.content();
        var source = new Source(generated.fileName(), generated.fileName(), file.length, ArticleId.sha256Hex(file),
                "seed", StandardCharsets.UTF_8.name(), List.of(), null);
        var raw = new RawArticle(generated.id(), RawArticle.SCHEMA_VERSION, generated.publishedDate(),
                RawArticle.DATE_FROM_HEADER, Titles.derive(text), true, text, source, clock.instant());
        Tagging tagging = tagger.tag(text, generated.publishedDate());
        int partitions = Topics.RAW.partitions();
        var lineage = new Lineage(source.path(), Topics.RAW.name(), story % partitions, story / partitions,
                tagger.name(), clock.instant());
        return EnrichedArticle.of(raw, tagging.entities(), tagging.dates(), lineage);
    }

    private static List<EnrichedArticle> take(Future<List<EnrichedArticle>> batch) throws InterruptedException {
        try {
            return batch.get();
        } catch (ExecutionException e) {
            throw new BenchFailedException("search fill: tagging a batch of generated articles failed: "
                    + e.getCause(), e.getCause());
        }
    }
}

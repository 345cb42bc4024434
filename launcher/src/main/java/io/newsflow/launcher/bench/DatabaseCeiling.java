package io.newsflow.launcher.bench;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Topics;
import io.newsflow.store.consume.EnrichedArticleConsumer;
import io.newsflow.store.persist.ArticleRepository;
import io.newsflow.store.persist.ConsumedOffset;
import io.newsflow.store.persist.Database;
import io.newsflow.store.persist.Migrations;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The database ceiling: this run's enriched articles upserted straight into an empty database of the same kind with
 * the store's own {@link ArticleRepository}, in the store consumer's batches ({@link EnrichedArticleConsumer#MAX_BATCH}
 * articles and their partitions' next offsets per transaction), with no Kafka and no JSON parsing in the timing.
 * What store-service could write if Kafka handed it every batch at once.
 */
final class DatabaseCeiling {

    /** The offsets rows of the ceiling's batches, under a group no store-service uses. */
    private static final String GROUP = "newsflow-bench-ceiling";

    /** An article as read from the enriched topic, with where it was read. */
    record Row(EnrichedArticle article, int partition, long offset) {
    }

    private final Progress progress;

    DatabaseCeiling(Progress progress) {
        this.progress = progress;
    }

    /**
     * Rows per second into the empty database {@code target}; its schema is created first, outside the timing. The
     * phase's CPU is measured while the connections are open: a local database server's processes serving them are
     * the run's own only while they exist to be read.
     */
    double rowsPerSecond(BenchDatabase.Target target, List<Row> rows, OthersLoad load) {
        try (var database = new Database(target.url(), target.user(), target.password())) {
            new Migrations(database).migrate();
            var repository = new ArticleRepository(database);
            progress.phase(ReportFigures.DATABASE_CEILING, "rows", rows.size());
            load.restart();
            long start = System.nanoTime();
            for (int from = 0; from < rows.size(); from += EnrichedArticleConsumer.MAX_BATCH) {
                List<Row> batch = rows.subList(from, Math.min(rows.size(), from + EnrichedArticleConsumer.MAX_BATCH));
                repository.store(batch.stream().map(Row::article).toList(), nextOffsets(batch));
                progress.done(from + batch.size());
            }
            double rowsPerSecond = rows.size() / ((System.nanoTime() - start) / 1e9);
            load.ended(ReportFigures.DATABASE_CEILING);
            return rowsPerSecond;
        }
    }

    private static List<ConsumedOffset> nextOffsets(List<Row> batch) {
        Map<Integer, Long> next = new TreeMap<>();
        batch.forEach(row -> next.merge(row.partition(), row.offset() + 1, Math::max));
        return next.entrySet().stream()
                .map(e -> new ConsumedOffset(GROUP, Topics.ENRICHED.name(), e.getKey(), e.getValue())).toList();
    }
}

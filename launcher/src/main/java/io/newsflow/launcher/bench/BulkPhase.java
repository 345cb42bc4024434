package io.newsflow.launcher.bench;

import io.newsflow.contracts.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Bulk throughput: every bulk article renamed into the inbox at once, timed until the store's API counts them all
 * (every row committed and visible). Meanwhile a {@link StageWatcher} notes when ingest had published and enrich had
 * tagged them all, so the report can say which stage set the pace.
 */
final class BulkPhase {

    /** How often the API is asked for the count: the stored time is this exact, at a cost of one query a time. */
    private static final Duration SAMPLE = Duration.ofMillis(50);
    private static final Duration WATCHER_CATCH_UP = Duration.ofSeconds(30);

    /** When a stage had its first and its last article, from the moment the first file was dropped. */
    record Stage(Duration first, Duration all) {

        double perSecond(int articles) {
            return articles / (all.toNanos() / 1e9);
        }
    }

    record Result(int articles, Stage published, Stage enriched, Stage stored) {
    }

    private final Path inbox;
    private final StoreApi api;
    private final String bootstrapServers;
    private final Progress progress;

    BulkPhase(Path inbox, StoreApi api, String bootstrapServers, Progress progress) {
        this.inbox = inbox;
        this.api = api;
        this.bootstrapServers = bootstrapServers;
        this.progress = progress;
    }

    Result run(List<BenchArticles.Staged> articles) throws InterruptedException {
        int n = articles.size();
        String raw = Topics.RAW.name();
        String enriched = Topics.ENRICHED.name();
        try (var watcher = new StageWatcher(bootstrapServers, List.of(raw, enriched), n)) {
            watcher.start();
            progress.phase("bulk", "stored", n);
            long start = System.nanoTime();
            articles.forEach(article -> article.dropInto(inbox));
            var guard = new StallGuard("bulk", n);
            long stored = 0;
            long firstStored = 0;
            long now = start;
            while (stored < n) {
                Thread.sleep(SAMPLE.toMillis());
                now = System.nanoTime(); // see StoreApi: what a query sees is visible by the time it is sent
                stored = api.count(BenchArticles.BULK_FIRST_DAY, BenchArticles.BULK_LAST_DAY);
                firstStored = firstStored == 0 && stored > 0 ? now : firstStored;
                String stages = "published " + watcher.count(raw) + ", enriched " + watcher.count(enriched);
                progress.done(stored);
                progress.note(stages);
                guard.check(stored + watcher.count(raw) + watcher.count(enriched), () -> stages);
            }
            watcher.finish(WATCHER_CATCH_UP);
            for (String topic : List.of(raw, enriched)) {
                if (watcher.count(topic) != n) {
                    throw new BenchFailedException("bulk: " + n + " articles stored, but " + topic + " received "
                            + watcher.count(topic) + " committed records meanwhile");
                }
            }
            return new Result(n, stage(start, watcher.firstAt(raw), watcher.allAt(raw)),
                    stage(start, watcher.firstAt(enriched), watcher.allAt(enriched)), stage(start, firstStored, now));
        }
    }

    private static Stage stage(long start, long first, long all) {
        return new Stage(Duration.ofNanos(first - start), Duration.ofNanos(all - start));
    }
}

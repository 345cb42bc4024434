package io.newsflow.launcher.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Drop-to-queryable latency: files renamed into the inbox one at a time at a fixed rate, each timed from its rename
 * until the store's API lists it. One thread drops on schedule; another asks the API every few milliseconds for the
 * articles dated from the oldest one still awaited (each latency article has its own day, see
 * {@link BenchArticles}), so one request sees every arrival at once, whatever order the pipeline delivers them in.
 * An arrival is timed by when that request was sent; the resolution is one sweep (the pause and one request).
 */
final class LatencyPhase {

    /** The resolution of the measurement, and one small query per period while articles are awaited. */
    private static final Duration SWEEP = Duration.ofMillis(10);
    private static final int BY_ID_CHECKS = 50;

    /** Latencies in order of size: the nearest-rank percentiles of what was measured. */
    record Result(long[] sortedNanos) {

        Duration percentile(double p) {
            int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
            return Duration.ofNanos(sortedNanos[Math.max(0, rank - 1)]);
        }

        Duration max() {
            return Duration.ofNanos(sortedNanos[sortedNanos.length - 1]);
        }
    }

    private final Path inbox;
    private final StoreApi api;
    private final Progress progress;

    LatencyPhase(Path inbox, StoreApi api, Progress progress) {
        this.inbox = inbox;
        this.api = api;
        this.progress = progress;
    }

    Result run(List<BenchArticles.Staged> articles, double filesPerSecond) throws InterruptedException {
        int n = articles.size();
        progress.phase("latency", "queryable", n);
        Map<String, Long> droppedAt = new ConcurrentHashMap<>();
        Map<String, LocalDate> awaited = new ConcurrentHashMap<>();
        Map<String, Long> latencies = new ConcurrentHashMap<>();
        var dropper = Executors.newSingleThreadExecutor(r -> new Thread(r, "newsflow-bench-dropper"));
        try {
            Future<?> drops = dropper.submit(() -> {
                long start = System.nanoTime();
                long interval = (long) (1e9 / filesPerSecond);
                for (int i = 0; i < n && !Thread.currentThread().isInterrupted(); i++) {
                    LockSupport.parkNanos(start + i * interval - System.nanoTime());
                    BenchArticles.Staged article = articles.get(i);
                    awaited.put(article.id(), article.publishedDate());
                    droppedAt.put(article.id(), article.dropInto(inbox));
                }
            });
            var guard = new StallGuard("latency", n);
            while (latencies.size() < n) {
                Thread.sleep(SWEEP.toMillis());
                failIfDropsFailed(drops);
                LocalDate oldest = awaited.values().stream().min(LocalDate::compareTo).orElse(null);
                if (oldest != null) {
                    long now = System.nanoTime(); // see StoreApi: what a query sees is visible by the time it is sent
                    List<String> listed = api.idsFrom(oldest);
                    for (String id : listed) {
                        Long dropped = droppedAt.get(id);
                        if (dropped != null && awaited.remove(id) != null) {
                            latencies.put(id, now - dropped);
                        }
                    }
                }
                progress.done(latencies.size());
                progress.note("dropped " + droppedAt.size());
                guard.check(latencies.size() + droppedAt.size(), () -> "dropped " + droppedAt.size());
            }
        } finally {
            dropper.shutdownNow();
        }
        checkQueryableById(articles);
        long[] sorted = latencies.values().stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Result(sorted);
    }

    private static void failIfDropsFailed(Future<?> drops) throws InterruptedException {
        if (!drops.isDone()) {
            return;
        }
        try {
            drops.get(0, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new BenchFailedException("latency: dropping files failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("a done future answers at once", e);
        }
    }

    /**
     * The listing already matched every id the bench computed; fetching a spread of them by id as well shows the API's
     * other door agrees. A sample, since each request costs ~50 ms (see {@link StoreApi}) and the run may be large.
     */
    private void checkQueryableById(List<BenchArticles.Staged> articles) throws InterruptedException {
        int checks = Math.min(articles.size(), BY_ID_CHECKS);
        progress.phase("latency check by id", "answered", checks);
        for (int i = 0; i < checks; i++) {
            int spread = (int) ((long) i * (articles.size() - 1) / Math.max(1, checks - 1));
            BenchArticles.Staged article = articles.get(spread);
            if (api.articleStatus(article.id()) != 200) {
                throw new BenchFailedException("latency: article " + article.id() + " (" + article.file().getFileName()
                        + ") is listed by the API but GET /api/articles/" + article.id() + " does not answer 200");
            }
            progress.done(i + 1L);
        }
    }
}

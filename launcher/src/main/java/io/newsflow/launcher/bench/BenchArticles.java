package io.newsflow.launcher.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of one bench run, written to a staging folder beside the inbox before anything is timed, so a drop is
 * a rename (a file appears whole, as a careful writer delivers it) and writing them costs nothing measured.
 *
 * <p>Each phase has its own published dates, so the store's date filter tells the phases apart: one probe article
 * dated {@link #PROBE_DAY}, the bulk articles spread over {@link #BULK_FIRST_DAY}..{@link #BULK_LAST_DAY}, and the
 * latency articles one day apart from {@link #LATENCY_FIRST_DAY}, so listing from a latency article's day finds
 * that article and the later ones only.
 */
public final class BenchArticles {

    static final LocalDate PROBE_DAY = LocalDate.of(2021, 12, 31);
    static final LocalDate BULK_FIRST_DAY = LocalDate.of(2022, 1, 1);
    static final LocalDate BULK_LAST_DAY = LocalDate.of(2024, 12, 31);
    static final LocalDate LATENCY_FIRST_DAY = LocalDate.of(2025, 1, 1);

    /** A staged article: where it waits, and what Newsflow will call it. */
    record Staged(Path file, String id, LocalDate publishedDate, int bytes) {

        /** Moves it into the inbox in one rename; returns {@link System#nanoTime()} taken just before. */
        long dropInto(Path inbox) {
            long at = System.nanoTime();
            try {
                Files.move(file, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move " + file + " into the inbox " + inbox, e);
            }
            return at;
        }
    }

    private final Staged probe;
    private final List<Staged> bulk;
    private final List<Staged> latency;

    private BenchArticles(Staged probe, List<Staged> bulk, List<Staged> latency) {
        this.probe = probe;
        this.bulk = bulk;
        this.latency = latency;
    }

    /** Writes {@code bulkCount} + {@code latencyCount} + 1 articles under {@code staging}. */
    public static BenchArticles stage(ArticleGenerator generator, Path staging, int bulkCount, int latencyCount,
                                      Progress progress) throws IOException {
        progress.phase("generate", "articles", bulkCount + latencyCount + 1L);
        long days = BULK_LAST_DAY.toEpochDay() - BULK_FIRST_DAY.toEpochDay() + 1;
        var bulk = new ArrayList<Staged>(bulkCount);
        for (int n = 0; n < bulkCount; n++) {
            bulk.add(write(generator.article(n, BULK_FIRST_DAY.plusDays(n % days)), staging.resolve("bulk")));
            progress.done(n + 1L);
        }
        var latency = new ArrayList<Staged>(latencyCount);
        for (int n = 0; n < latencyCount; n++) {
            latency.add(write(generator.article(bulkCount + n, LATENCY_FIRST_DAY.plusDays(n)),
                    staging.resolve("latency")));
            progress.done(bulkCount + n + 1L);
        }
        Staged probe = write(generator.article(bulkCount + latencyCount, PROBE_DAY), staging.resolve("probe"));
        return new BenchArticles(probe, List.copyOf(bulk), List.copyOf(latency));
    }

    private static Staged write(GeneratedArticle article, Path folder) throws IOException {
        Path file = Files.createDirectories(folder).resolve(article.fileName());
        Files.write(file, article.content());
        return new Staged(file, article.id(), article.publishedDate(), article.content().length);
    }

    Staged probe() {
        return probe;
    }

    List<Staged> bulk() {
        return bulk;
    }

    List<Staged> latency() {
        return latency;
    }

    /** The bulk articles' mean size in bytes, as the report states it. */
    public double meanBulkBytes() {
        return bulk.stream().mapToInt(Staged::bytes).average().orElse(0);
    }
}

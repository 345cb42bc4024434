package io.newsflow.launcher.bench;

import io.newsflow.contracts.Topics;
import io.newsflow.store.consume.EnrichedArticleConsumer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Turns a run's measurements into the report's rows, each with a line saying how it was measured, and each
 * throughput with the ceiling it is judged against: a stage that only passes records through Kafka against the Kafka
 * ceiling; the whole path, which also writes the database, against the lower of the two ceilings.
 */
final class ReportFigures {

    static final String READY = "time to ready";
    static final String FIRST_ARTICLE = "first article queryable";
    static final String BULK = "bulk throughput";
    static final String PUBLISHED = "  ingest published";
    static final String ENRICHED = "  enrich tagged";
    static final String BULK_CPU = "  CPU per article";
    static final String LATENCY_P50 = "latency p50";
    static final String LATENCY_P99 = "latency p99";
    static final String LATENCY_MAX = "latency max";
    static final String PEAK_RSS = "peak RSS";
    static final String KAFKA_CEILING = "Kafka ceiling";
    static final String DATABASE_CEILING = "database ceiling";
    static final String SEARCH_STORE = "search store";
    static final String SEARCH_P50 = "search p50";
    static final String SEARCH_P95 = "search p95";
    static final String SEARCH_P99 = "search p99";

    private final BenchSettings settings;
    private final String databaseKind;
    private final boolean stories;

    /** @param stories whether the pipeline ran story assignment ({@code NEWSFLOW_ENRICH_STORIES}) */
    ReportFigures(BenchSettings settings, String databaseKind, boolean stories) {
        this.stories = stories;
        this.settings = settings;
        this.databaseKind = databaseKind;
    }

    List<BenchReport.Figure> all(Duration ready, Duration firstArticle, BulkPhase.Result bulk, Duration bulkCpu,
                                 LatencyPhase.Result latency, long peakResidentBytes, double kafkaCeiling,
                                 double databaseCeiling) {
        int n = bulk.articles();
        boolean kafkaIsLower = kafkaCeiling <= databaseCeiling;
        double pathCeiling = Math.min(kafkaCeiling, databaseCeiling);
        String rate = BigDecimal.valueOf(settings.filesPerSecond()).stripTrailingZeros().toPlainString();
        String latencyHow = String.format(Locale.ROOT,
                "%d files renamed in at %s files/s, each until a GET /api/articles lists it", settings.latencyFiles(), rate);
        return List.of(
                figure(READY, seconds(ready), "s", "broker and services started until GET /health answers 200"),
                figure(FIRST_ARTICLE, seconds(firstArticle), "s",
                        "one file renamed into the inbox until GET /api/articles/{id} answers 200"),
                new BenchReport.Figure(BULK, bulk.stored().perSecond(n), "articles/s", pathCeiling,
                        kafkaIsLower ? "Kafka" : "database", String.format(Locale.ROOT,
                        "%d files renamed in at once until the API counts all %d: %s", n, n, span(bulk.stored()))),
                new BenchReport.Figure(PUBLISHED, bulk.published().perSecond(n), "articles/s", kafkaCeiling, "Kafka",
                        "committed records on " + Topics.RAW.name() + ": " + span(bulk.published())),
                new BenchReport.Figure(ENRICHED, bulk.enriched().perSecond(n), "articles/s", kafkaCeiling, "Kafka",
                        "committed records on " + Topics.ENRICHED.name() + ": " + span(bulk.enriched())),
                figure(BULK_CPU, bulkCpu.toNanos() / 1e6 / n, "ms", String.format(Locale.ROOT, "CPU time of the one"
                        + " process from the drop until it went quiet (under %.2f cores for 2 s), per article; story"
                        + " assignment %s", SettledCpu.IDLE_CORES, stories ? "on" : "off")),
                figure(LATENCY_P50, seconds(latency.percentile(50)), "s", latencyHow),
                figure(LATENCY_P99, seconds(latency.percentile(99)), "s", latencyHow),
                figure(LATENCY_MAX, seconds(latency.max()), "s", latencyHow),
                figure(PEAK_RSS, peakResidentBytes / 1e6, "MB",
                        "VmHWM of the one process: broker, services and bench, before the ceilings"),
                figure(KAFKA_CEILING, kafkaCeiling, "records/s", String.format(Locale.ROOT,
                        "the %d raw records produced to topic A, relayed as their enriched records to B, consumed", n)),
                figure(DATABASE_CEILING, databaseCeiling, "rows/s", String.format(Locale.ROOT,
                        "the %d enriched articles upserted into an empty %s by the store's code, %d per transaction",
                        n, databaseKind, EnrichedArticleConsumer.MAX_BATCH)));
    }

    /** The search phase's store, and its latencies over every kind together. */
    List<BenchReport.Figure> search(SearchPhase.Result search) {
        String how = String.format(Locale.ROOT, "%d searches, %d of each of %d kinds (after %d of each to warm up),"
                        + " one at a time over loopback, each from sending GET /api/articles?q=... until its answer is"
                        + " read", search.requests(), settings.searchRequests(), search.kinds().size(),
                BenchSettings.SEARCH_WARM_UP_ROUNDS);
        return List.of(
                figure(SEARCH_STORE, search.filled().articles(), "articles", String.format(Locale.ROOT,
                        "generated, tagged and written into an empty %s by the store's code, %d per transaction, in"
                                + " %.0f s; counted by GET /api/articles", databaseKind, SearchStore.BATCH,
                        seconds(search.fillDuration()))),
                figure(SEARCH_P50, millis(search.percentile(50)), "ms", how),
                figure(SEARCH_P95, millis(search.percentile(95)), "ms", how),
                figure(SEARCH_P99, millis(search.percentile(99)), "ms", how));
    }

    /** The search latencies kind by kind. */
    List<BenchReport.SearchKind> searchKinds(SearchPhase.Result search) {
        return search.kinds().stream().map(kind -> new BenchReport.SearchKind(kind.kind().name(),
                millis(kind.percentile(50)), millis(kind.percentile(95)), millis(kind.percentile(99)),
                kind.medianTotal(), kind.kind().searches().stream().map(SearchMix.Search::toString).toList()))
                .toList();
    }

    private static BenchReport.Figure figure(String name, double value, String unit, String how) {
        return new BenchReport.Figure(name, value, unit, 0, "", how);
    }

    private static String span(BulkPhase.Stage stage) {
        return String.format(Locale.ROOT, "first after %.2f s, all after %.2f s", seconds(stage.first()),
                seconds(stage.all()));
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}

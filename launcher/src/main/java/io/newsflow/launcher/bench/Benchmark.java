package io.newsflow.launcher.bench;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.Taggers;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.kafka.embedded.EmbeddedKraftBroker;
import io.newsflow.store.StoreConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One bench run, phase by phase, all in temporary places it removes again. The pipeline: generate the articles; start
 * a broker and the pipeline on it (time to ready); one probe article through (first article); the bulk phase; the
 * latency phase; then, with the services stopped, the two ceilings on this run's own records. Then, when asked for,
 * search ({@link SearchPhase}) with nothing else running. Every wait is bounded by a {@link StallGuard} or a request
 * timeout, so a run ends with figures or with a message naming the phase that failed.
 */
public final class Benchmark implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration PROBE_POLL = Duration.ofMillis(10);
    private static final String LOG_LEVEL = "NEWSFLOW_LOG_LEVEL";

    private final BenchSettings settings;
    private final Map<String, String> env;
    private final PipelineStarter starter;
    private final Progress progress;
    private final Teardown teardown;

    /**
     * @param env the process environment: the services' {@code NEWSFLOW_*} settings apply as in {@code newsflow run},
     *            except the database, which is the bench's own
     */
    public Benchmark(BenchSettings settings, Map<String, String> env, PipelineStarter starter, Progress progress,
                     PrintStream errors) {
        this.settings = settings;
        this.env = Map.copyOf(env);
        this.starter = starter;
        this.progress = progress;
        this.teardown = new Teardown(errors);
    }

    public BenchReport run() throws IOException, InterruptedException {
        boolean measuresPipeline = settings.measures(BenchSettings.Phase.PIPELINE);
        boolean measuresSearch = settings.measures(BenchSettings.Phase.SEARCH);
        // Read before anything starts, so a bad NEWSFLOW_* variable stops the run at once.
        String ingestSettings = measuresPipeline ? ingestSettings() : null;
        Tagger tagger = measuresSearch ? searchTagger() : null;
        Path work = Files.createTempDirectory("newsflow-bench-");
        teardown.push(() -> deleteTree(work));
        var database = teardown.push(databases(work));
        var load = new OthersLoad(database.localServerProcesses());
        var report = new ReportFigures(settings, database.kind(), EnrichConfig.fromEnv(env).stories());
        var context = new ArrayList<>(List.of("Newsflow bench", "  machine  " + Machine.describe()));
        var figures = new ArrayList<BenchReport.Figure>();
        var searchKinds = new ArrayList<BenchReport.SearchKind>();
        if (measuresPipeline) {
            Pipeline pipeline = pipeline(work, database, load, report);
            context.add(runLine(pipeline.articles(), database, work));
            context.add("  ingest   " + ingestSettings);
            figures.addAll(pipeline.figures());
        }
        if (measuresSearch) {
            SearchPhase.Result search = new SearchPhase(progress).run(database,
                    new ArticleGenerator(settings.seed(), settings.sizeBytes()), tagger, settings.searchArticles(),
                    settings.searchRequests(), load);
            context.add(searchLine(search, tagger, database, work));
            figures.addAll(report.search(search));
            searchKinds.addAll(report.searchKinds(search));
        }
        return new BenchReport(context, figures, searchKinds, load.byPhase(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The tagger the pipeline's enrich-service would run ({@code NEWSFLOW_ENRICH_TAGGER}), for the search store. */
    private Tagger searchTagger() {
        var enrich = EnrichConfig.fromEnv(env);
        return Taggers.create(enrich.tagger(), enrich.gazetteerDir());
    }

    /** The pipeline phases' articles and figures. */
    private record Pipeline(BenchArticles articles, List<BenchReport.Figure> figures) {
    }

    private BenchDatabase databases(Path work) {
        var uses = EnumSet.noneOf(BenchDatabase.Use.class);
        if (settings.measures(BenchSettings.Phase.PIPELINE)) {
            uses.addAll(List.of(BenchDatabase.Use.PIPELINE, BenchDatabase.Use.CEILING));
        }
        if (settings.measures(BenchSettings.Phase.SEARCH)) {
            uses.add(BenchDatabase.Use.SEARCH);
        }
        return settings.postgresqlUrl()
                .map(url -> BenchDatabase.postgresql(url, env.get(StoreConfig.NEWSFLOW_DB_USER),
                        env.get(StoreConfig.NEWSFLOW_DB_PASSWORD), uses))
                .orElseGet(() -> BenchDatabase.sqlite(work.resolve("db"), uses));
    }

    /**
     * Generates the articles; starts a broker and the pipeline on it (time to ready); one probe article through
     * (first article); the bulk phase; the latency phase; then, with the services stopped, the two ceilings on this
     * run's own records.
     */
    private Pipeline pipeline(Path work, BenchDatabase database, OthersLoad load, ReportFigures report)
            throws IOException, InterruptedException {
        var articles = BenchArticles.stage(new ArticleGenerator(settings.seed(), settings.sizeBytes()),
                work.resolve("staging"), settings.articles(), settings.latencyFiles(), progress);
        Path inbox = Files.createDirectories(work.resolve("inbox"));

        progress.phase("start", "ready", 1);
        load.restart();
        long start = System.nanoTime();
        var broker = EmbeddedKraftBroker.start(work.resolve("kafka"), 0);
        Runnable stopBroker = once(broker::close);
        teardown.push(stopBroker::run);
        var pipeline = starter.start(broker.bootstrapServers(), inbox, work.resolve("data"),
                pipelineEnv(database.target(BenchDatabase.Use.PIPELINE)));
        teardown.push(pipeline.stop()::run);
        var api = new StoreApi(pipeline.apiAddress());
        Duration ready = Duration.ofNanos(awaitHealthy(api) - start);
        Duration firstArticle = probe(articles.probe(), inbox, api);
        load.ended("start");

        long bulkCpuStart = SettledCpu.now();
        BulkPhase.Result bulk = new BulkPhase(inbox, api, broker.bootstrapServers(), progress).run(articles.bulk());
        load.ended("bulk");
        progress.phase("settle", "quiet", 1);
        Duration bulkCpu = SettledCpu.since(bulkCpuStart);
        load.restart();
        LatencyPhase.Result latency = new LatencyPhase(inbox, api, progress)
                .run(articles.latency(), settings.filesPerSecond());
        load.ended("latency");
        long peakResident = Machine.peakResidentBytes().orElse(0);

        Set<String> ids = new LinkedHashSet<>(articles.bulk().stream().map(BenchArticles.Staged::id).toList());
        var raw = CommittedRecords.read(broker.bootstrapServers(), Topics.RAW.name(), ids, progress);
        var enriched = CommittedRecords.read(broker.bootstrapServers(), Topics.ENRICHED.name(), ids, progress);
        pipeline.stop().run(); // the ceilings have the machine to themselves
        load.restart();
        double kafka = new KafkaCeiling(broker.bootstrapServers(), progress).recordsPerSecond(ids.stream()
                .map(id -> new KafkaCeiling.Pair(id, raw.get(id).value(), enriched.get(id).value())).toList());
        load.ended("Kafka ceiling");
        List<DatabaseCeiling.Row> rows = rows(enriched.values());
        double rowsPerSecond = new DatabaseCeiling(progress)
                .rowsPerSecond(database.target(BenchDatabase.Use.CEILING), rows, load);
        stopBroker.run(); // the search phase, if any, has the machine to itself too

        return new Pipeline(articles, report.all(ready, firstArticle, bulk, bulkCpu, latency, peakResident, kafka,
                rowsPerSecond));
    }

    /** The environment the services get: the caller's, with the bench's database instead of any configured one. */
    private Map<String, String> pipelineEnv(BenchDatabase.Target database) {
        var pipelineEnv = new HashMap<>(env);
        pipelineEnv.remove(StoreConfig.NEWSFLOW_DB_USER);
        pipelineEnv.remove(StoreConfig.NEWSFLOW_DB_PASSWORD);
        pipelineEnv.put(StoreConfig.NEWSFLOW_DB_URL, database.url());
        if (database.user() != null) {
            pipelineEnv.put(StoreConfig.NEWSFLOW_DB_USER, database.user());
        }
        if (database.password() != null) {
            pipelineEnv.put(StoreConfig.NEWSFLOW_DB_PASSWORD, database.password());
        }
        return pipelineEnv;
    }

    /** Returns when the request that found the store healthy was sent (see {@link StoreApi}). */
    private long awaitHealthy(StoreApi api) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            long asked = System.nanoTime();
            if (api.healthy()) {
                return asked;
            }
            if (asked > deadline) {
                throw new BenchFailedException("start: the store's /health did not answer 200 within "
                        + START_TIMEOUT.toMinutes() + " minutes");
            }
            Thread.sleep(PROBE_POLL.toMillis());
        }
    }

    /** One article through the whole pipeline before anything is measured: every stage is then up. */
    private Duration probe(BenchArticles.Staged probe, Path inbox, StoreApi api) throws InterruptedException {
        progress.phase("first article", "queryable", 1);
        long dropped = probe.dropInto(inbox);
        var guard = new StallGuard("the first article", 1);
        while (true) {
            long asked = System.nanoTime();
            if (api.articleStatus(probe.id()) == 200) {
                progress.done(1);
                return Duration.ofNanos(asked - dropped);
            }
            guard.check(0, () -> "article " + probe.id() + " from " + probe.file().getFileName()
                    + " not queryable yet");
            Thread.sleep(PROBE_POLL.toMillis());
        }
    }

    private static List<DatabaseCeiling.Row> rows(Iterable<CommittedRecords.Entry> records) {
        var rows = new ArrayList<DatabaseCeiling.Row>();
        for (CommittedRecords.Entry record : records) {
            try {
                rows.add(new DatabaseCeiling.Row(Json.read(record.value(), EnrichedArticle.class), record.partition(),
                        record.offset()));
            } catch (IOException e) {
                throw new BenchFailedException("database ceiling: the enriched record of " + record.key()
                        + " is not an EnrichedArticle: " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private String runLine(BenchArticles articles, BenchDatabase database, Path work) throws IOException {
        return String.format(Locale.ROOT, "  run      %d articles of %,.0f bytes on average (target %d, seed %d), %s%s,"
                        + " work folder %s (%s)", settings.articles(), articles.meanBulkBytes(),
                settings.sizeBytes(), settings.seed(), database.kind(), serverNote(database), work,
                Files.getFileStore(work).type());
    }

    /** The search store; with the database and work folder when no pipeline line names them. */
    private String searchLine(SearchPhase.Result search, Tagger tagger, BenchDatabase database, Path work)
            throws IOException {
        SearchStore.Filled filled = search.filled();
        String where = settings.measures(BenchSettings.Phase.PIPELINE) ? ""
                : String.format(Locale.ROOT, ", %s%s, work folder %s (%s)", database.kind(), serverNote(database),
                        work, Files.getFileStore(work).type());
        return String.format(Locale.ROOT, "  search   %d articles of %,.0f bytes on average (target %d, seed %d),"
                        + " tagged by %s (%.1f entities, %.1f dates each)%s", filled.articles(),
                (double) filled.textBytes() / filled.articles(), settings.sizeBytes(), settings.seed(), tagger.name(),
                (double) filled.entities() / filled.articles(), (double) filled.dates() / filled.articles(), where);
    }

    private static String serverNote(BenchDatabase database) {
        return database.localServerProcesses().isEmpty() ? ""
                : " (on this machine: its server processes count as the run's own CPU)";
    }

    /** {@code action} the first time the returned runnable runs, nothing after: for parts stopped early. */
    private static Runnable once(Runnable action) {
        var done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    /** The settings that bound the latency from below, read as ingest-service reads them; and the log level. */
    private String ingestSettings() {
        var ingest = IngestConfig.fromEnv(env);
        // Logback's order: a system property, then the environment, then INFO.
        String logLevel = System.getProperty(LOG_LEVEL, env.getOrDefault(LOG_LEVEL, "INFO"));
        return "a file is read once inotify says it is whole (Linux), else once unchanged for "
                + ingest.settleTime().toMillis() + " ms; scans every " + ingest.scanInterval().toMillis()
                + " ms, after=" + ingest.after() + " (NEWSFLOW_INGEST_*); Newsflow logs at " + logLevel;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Stops what still runs and removes the run's folder and schemas; safe to call twice. */
    @Override
    public void close() {
        teardown.close();
    }
}

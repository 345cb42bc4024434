package io.newsflow.launcher.bench;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.EnrichConfig;
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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One bench run, phase by phase, all in temporary places it removes again: generate the articles; start a broker and
 * the pipeline on it (time to ready); one probe article through (first article); the bulk phase; the latency phase;
 * then, with the services stopped, the two ceilings on this run's own records. Every wait is bounded by a
 * {@link StallGuard}, so a run ends with figures or with a message naming the phase that stalled and its count.
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
        String ingestSettings = ingestSettings();
        Path work = Files.createTempDirectory("newsflow-bench-");
        teardown.push(() -> deleteTree(work));
        var database = teardown.push(settings.postgresqlUrl()
                .map(url -> BenchDatabase.postgresql(url, env.get(StoreConfig.NEWSFLOW_DB_USER),
                        env.get(StoreConfig.NEWSFLOW_DB_PASSWORD)))
                .orElseGet(() -> BenchDatabase.sqlite(work.resolve("db"))));
        var articles = BenchArticles.stage(new ArticleGenerator(settings.seed(), settings.sizeBytes()),
                work.resolve("staging"), settings.articles(), settings.latencyFiles(), progress);
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        var load = new OthersLoad(database.localServerProcesses());

        progress.phase("start", "ready", 1);
        long start = System.nanoTime();
        var broker = teardown.push(EmbeddedKraftBroker.start(work.resolve("kafka"), 0));
        var pipeline = starter.start(broker.bootstrapServers(), inbox, work.resolve("data"),
                pipelineEnv(database.pipeline()));
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
        double rowsPerSecond = new DatabaseCeiling(progress).rowsPerSecond(database.ceiling(), rows, load);

        var figures = new ReportFigures(settings, database.kind(), EnrichConfig.fromEnv(env).stories());
        return new BenchReport(context(articles, database, work, ingestSettings),
                figures.all(ready, firstArticle, bulk, bulkCpu, latency, peakResident, kafka, rowsPerSecond),
                load.byPhase(), Runtime.getRuntime().availableProcessors());
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

    private List<String> context(BenchArticles articles, BenchDatabase database, Path work, String ingestSettings)
            throws IOException {
        String server = database.localServerProcesses().isEmpty() ? ""
                : " (on this machine: its server processes count as the run's own CPU)";
        return List.of(
                "Newsflow bench",
                "  machine  " + Machine.describe(),
                String.format(Locale.ROOT, "  run      %d articles of %,.0f bytes on average (target %d, seed %d), %s%s,"
                                + " work folder %s (%s)", settings.articles(), articles.meanBulkBytes(),
                        settings.sizeBytes(), settings.seed(), database.kind(), server, work,
                        Files.getFileStore(work).type()),
                "  ingest   " + ingestSettings);
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

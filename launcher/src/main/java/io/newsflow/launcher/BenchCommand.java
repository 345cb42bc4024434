package io.newsflow.launcher;

import io.newsflow.config.ConfigException;
import io.newsflow.launcher.bench.ArticleGenerator;
import io.newsflow.launcher.bench.BenchFailedException;
import io.newsflow.launcher.bench.BenchReport;
import io.newsflow.launcher.bench.BenchSettings;
import io.newsflow.launcher.bench.Benchmark;
import io.newsflow.launcher.bench.PipelineStarter;
import io.newsflow.launcher.bench.Progress;
import io.newsflow.store.StoreConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code newsflow bench}: runs the whole pipeline on generated articles in temporary folders and prints its figures
 * beside this machine's ceilings (the same records through plain Kafka, and straight into the database). The
 * pipeline is the embedded one of {@code newsflow run}, started on the bench's broker; the progress line and any
 * log go to standard error, the table to standard output.
 */
@Command(name = "bench", sortOptions = false,
        description = {"Measures Newsflow on this machine.",
                "Generated news articles go through the embedded pipeline (as newsflow run starts it), in temporary "
                        + "folders that are removed afterwards; the figures are printed beside this machine's Kafka "
                        + "and database ceilings. With --phases search, they are tagged and written straight into "
                        + "a store of their own instead, and searches through its HTTP API are timed. Progress goes "
                        + "to standard error, the figures to standard output."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the figures were printed", "1:a phase failed or stalled",
                "2:a bad option or a bad NEWSFLOW_* variable"},
        footerHeading = "%nEnvironment:%n",
        footer = {"  Every NEWSFLOW_* variable of the three services applies as in newsflow run;",
                "  NEWSFLOW_DB_USER and NEWSFLOW_DB_PASSWORD apply to --db-url. The log is at",
                "  NEWSFLOW_LOG_LEVEL=WARN unless set, so the progress line stays readable."})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    private Terminal newsflow;

    @Option(names = "--phases", paramLabel = "PHASE", split = ",", splitSynopsisLabel = ",", converter = PhaseName.class,
            defaultValue = "pipeline",
            description = {"What to measure, one or both separated by a comma: pipeline (the pipeline's throughput "
                    + "and latency beside the Kafka and database ceilings), search (search latency through the "
                    + "store's API on a store of --search-articles articles); both run pipeline first (default: "
                    + "${DEFAULT-VALUE})."})
    private Set<BenchSettings.Phase> phases;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "" + BenchSettings.DEFAULT_ARTICLES,
            converter = Articles.class,
            description = "Articles renamed into the inbox at once for the bulk throughput (default: "
                    + "${DEFAULT-VALUE}).")
    private int articles;

    @Option(names = "--size", paramLabel = "BYTES", defaultValue = "" + BenchSettings.DEFAULT_SIZE_BYTES,
            converter = Size.class,
            description = "About how large each article file is, " + ArticleGenerator.MIN_TARGET_BYTES
                    + " or more (default: ${DEFAULT-VALUE}).")
    private int size;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "" + BenchSettings.DEFAULT_FILES_PER_SECOND,
            converter = Rate.class,
            description = "Files per second in the latency phase, fractions allowed (default: ${DEFAULT-VALUE}).")
    private double rate;

    @Option(names = "--latency-files", paramLabel = "M", defaultValue = "" + BenchSettings.DEFAULT_LATENCY_FILES,
            converter = LatencyFiles.class,
            description = "Files dropped one at a time for the latency percentiles (default: ${DEFAULT-VALUE}).")
    private int latencyFiles;

    @Option(names = "--search-articles", paramLabel = "S", defaultValue = "" + BenchSettings.DEFAULT_SEARCH_ARTICLES,
            converter = SearchArticles.class,
            description = "Search phase: generated, tagged articles written into its store (default: "
                    + "${DEFAULT-VALUE}).")
    private int searchArticles;

    @Option(names = "--search-requests", paramLabel = "K", defaultValue = "" + BenchSettings.DEFAULT_SEARCH_REQUESTS,
            converter = SearchRequests.class,
            description = "Search phase: timed searches of each kind, after " + BenchSettings.SEARCH_WARM_UP_ROUNDS
                    + " of each to warm up (default: ${DEFAULT-VALUE}).")
    private int searchRequests;

    @Option(names = "--db-url", paramLabel = "URL",
            description = {"Store in PostgreSQL, in schemas the bench creates and drops (default: SQLite "
                    + "files in the temporary folder). URL: " + StoreConfig.POSTGRESQL_PREFIX + "HOST:PORT/DB, which "
                    + "may end in ?user=NAME."})
    private Optional<String> dbUrl;

    static final class PhaseName implements ITypeConverter<BenchSettings.Phase> {
        @Override
        public BenchSettings.Phase convert(String value) {
            return Arrays.stream(BenchSettings.Phase.values()).filter(phase -> phase.label().equals(value.strip()))
                    .findFirst().orElseThrow(() -> new TypeConversionException("expected pipeline, search, or both"
                            + " separated by a comma"));
        }
    }

    static final class SearchArticles extends OptionValues.Whole {
        SearchArticles() {
            super(1, 10_000_000);
        }
    }

    static final class SearchRequests extends OptionValues.Whole {
        SearchRequests() {
            super(1, 100_000);
        }
    }

    static final class Articles extends OptionValues.Whole {
        Articles() {
            super(1, 1_000_000);
        }
    }

    static final class Size extends OptionValues.Whole {
        Size() {
            super(ArticleGenerator.MIN_TARGET_BYTES, 5_000_000);
        }
    }

    static final class Rate implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return OptionValues.decimal(value, 0.1, 1000);
        }
    }

    static final class LatencyFiles extends OptionValues.Whole {
        LatencyFiles() {
            super(1, 100_000);
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        BenchSettings settings = settings();
        newsflow.logToStandardError(true); // standard output carries the table
        PrintStream errors = newsflow.errors();
        try {
            measure(settings, newsflow.env(), errors).print(newsflow.out());
            return 0;
        } catch (BenchFailedException e) {
            errors.println("newsflow bench: " + e.getMessage());
            return 1;
        } catch (ConfigException e) {
            errors.println("newsflow bench: " + e.getMessage());
            return 2;
        }
    }

    /** The options as one run's settings; a URL the bench cannot use is refused before anything starts. */
    BenchSettings settings() {
        dbUrl.ifPresent(url -> {
            if (!url.startsWith(StoreConfig.POSTGRESQL_PREFIX)) {
                throw newsflow.refuse("--db-url=\"" + url + "\": expected "
                        + StoreConfig.POSTGRESQL_PREFIX + "<host>:<port>/<database> (without --db-url the bench uses "
                        + "SQLite)");
            }
            if (url.contains("currentSchema=")) {
                throw newsflow.refuse("--db-url: leave out currentSchema: the bench "
                        + "creates schemas of its own and drops them");
            }
        });
        return new BenchSettings(phases, articles, size, rate, latencyFiles, searchArticles, searchRequests, dbUrl,
                ArticleGenerator.DEFAULT_SEED);
    }

    /** One run with a progress line on {@code errors}; everything it set up is gone when it returns or throws. */
    static BenchReport measure(BenchSettings settings, Map<String, String> env, PrintStream errors)
            throws IOException, InterruptedException {
        try (var progress = new Progress(errors);
             var benchmark = new Benchmark(settings, env, BenchCommand::startPipeline, progress, errors)) {
            var cleanup = new Thread(benchmark::close, "newsflow-bench-cleanup"); // a Ctrl+C still cleans up
            Runtime.getRuntime().addShutdownHook(cleanup);
            try {
                return benchmark.run();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it cleans up
                }
            }
        }
    }

    private static PipelineStarter.Running startPipeline(String bootstrapServers, Path inbox, Path dataDir,
                                                         Map<String, String> env) {
        var pipeline = EmbeddedPipeline.startOn(bootstrapServers, env, new RunOptions(inbox, dataDir, 0, 0));
        return new PipelineStarter.Running(pipeline.apiAddress(), pipeline::close);
    }
}

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code newsflow bench}: runs the whole pipeline on generated articles in temporary folders and prints its figures
 * beside this machine's ceilings (the same records through plain Kafka, and straight into the database). The
 * pipeline is the embedded one of {@code newsflow run}, started on the bench's broker; the progress line and any
 * log go to standard error, the table to standard output.
 */
final class BenchCommand {

    static final String USAGE = "usage: newsflow bench [--articles N] [--size BYTES] [--rate R] [--latency-files M]"
            + " [--db-url URL]";
    static final String HELP = USAGE + String.format(Locale.ROOT, """

            Measures Newsflow on this machine: generated news articles through the embedded pipeline (as newsflow run
            starts it), in temporary folders that are removed afterwards.

              --articles N        articles renamed into the inbox at once for the bulk throughput (default %d)
              --size BYTES        about how large each article file is, %d or more (default %d)
              --rate R            files per second in the latency phase, fractions allowed (default %s)
              --latency-files M   files dropped one at a time for the latency percentiles (default %d)
              --db-url URL        store in PostgreSQL instead of SQLite: jdbc:postgresql://HOST:PORT/DATABASE[?user=...],
                                  in two schemas the bench creates and drops (default: SQLite files in the temporary
                                  folder); NEWSFLOW_DB_USER and NEWSFLOW_DB_PASSWORD apply

            Other NEWSFLOW_* variables apply to the services as in newsflow run. Progress goes to standard error, the
            figures to standard output. Exit status: 0 with figures, 1 when a phase failed or stalled, 2 for a usage error.""",
            BenchSettings.DEFAULT_ARTICLES, ArticleGenerator.MIN_TARGET_BYTES, BenchSettings.DEFAULT_SIZE_BYTES,
            CommandOptions.plain(BenchSettings.DEFAULT_FILES_PER_SECOND), BenchSettings.DEFAULT_LATENCY_FILES);

    private BenchCommand() {
    }

    /** Returns the exit status: 0 with figures printed, 1 when the run failed, 2 for a usage error. */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream errors)
            throws IOException, InterruptedException {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(HELP);
            return 0;
        }
        BenchSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            errors.println("newsflow bench: " + e.getMessage());
            return 2;
        }
        try {
            measure(settings, env, errors).print(out);
            return 0;
        } catch (BenchFailedException e) {
            errors.println("newsflow bench: " + e.getMessage());
            return 1;
        } catch (ConfigException e) {
            errors.println("newsflow bench: " + e.getMessage());
            return 2;
        }
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

    static BenchSettings parse(List<String> args) {
        var options = CommandOptions.parse(args,
                List.of("--articles", "--size", "--rate", "--latency-files", "--db-url"));
        var settings = new BenchSettings(
                options.whole("--articles", BenchSettings.DEFAULT_ARTICLES, 1, 1_000_000),
                options.whole("--size", BenchSettings.DEFAULT_SIZE_BYTES, ArticleGenerator.MIN_TARGET_BYTES, 5_000_000),
                options.decimal("--rate", BenchSettings.DEFAULT_FILES_PER_SECOND, 0.1, 1000),
                options.whole("--latency-files", BenchSettings.DEFAULT_LATENCY_FILES, 1, 100_000),
                Optional.ofNullable(options.text("--db-url", null)), ArticleGenerator.DEFAULT_SEED);
        settings.postgresqlUrl().ifPresent(url -> {
            if (!url.startsWith(StoreConfig.POSTGRESQL_PREFIX)) {
                options.problem("--db-url \"" + url + "\": expected " + StoreConfig.POSTGRESQL_PREFIX
                        + "<host>:<port>/<database> (without --db-url the bench uses SQLite)");
            } else if (url.contains("currentSchema=")) {
                options.problem("--db-url: leave out currentSchema: the bench creates schemas of its own and drops"
                        + " them");
            }
        });
        options.validate(USAGE);
        return settings;
    }

    private static PipelineStarter.Running startPipeline(String bootstrapServers, Path inbox, Path dataDir,
                                                         Map<String, String> env) {
        var pipeline = EmbeddedPipeline.startOn(bootstrapServers, env, new RunOptions(inbox, dataDir, 0, 0));
        return new PipelineStarter.Running(pipeline.apiAddress(), pipeline::close);
    }
}

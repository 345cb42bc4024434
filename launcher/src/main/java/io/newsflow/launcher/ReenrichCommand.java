package io.newsflow.launcher;

import io.newsflow.config.KafkaRefusedException;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.PublishedRange;
import io.newsflow.enrich.tagging.Taggers;
import io.newsflow.launcher.reenrich.Reenrichment;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow reenrich}: tags the articles of the raw topic again, with the tagger chosen, after a tagger upgrade
 * or to try another one on history. The store, consuming the enriched topic as always, keeps the newest enrichment
 * of each article, and its lineage names the tagger version that made it.
 */
@Command(name = "reenrich", sortOptions = false,
        description = {"Re-runs a tagger over the articles on the raw topic.",
                "Reads the raw topic, the replay log, from its start to where it ends now, tags every article "
                        + "published in the range again and writes it to the enriched topic, exactly once (Kafka "
                        + "Streams transactions, beside the running enrich-service). The store keeps the "
                        + "newest enrichment of each article. Interrupted, the same command resumes where it "
                        + "stopped; run again once done, it finds nothing left."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every article in the range was tagged again (or had been by this same run before)",
                "1:the run stopped before the end (Kafka unreachable, say): the same command resumes it",
                "2:a bad option or NEWSFLOW_* variable", "3:Kafka refused the credentials or permissions"},
        footerHeading = "%nEnvironment:%n",
        footer = {"  NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS  the broker when --kafka is not given",
                "  NEWSFLOW_KAFKA_<PROPERTY>         Kafka client properties (TLS, SASL), as for",
                "  NEWSFLOW_KAFKA_CONFIG_FILE        the services",
                "  NEWSFLOW_ENRICH_TAGGER            the tagger when --tagger is not given",
                "  NEWSFLOW_ENRICH_GAZETTEER_DIR     as for enrich-service",
                "  NEWSFLOW_ENRICH_THREADS           as for enrich-service",
                "  NEWSFLOW_ENRICH_COMMIT_INTERVAL   as for enrich-service"})
final class ReenrichCommand implements Callable<Integer> {

    /** How often the progress line is written. */
    private static final Duration REPORT_EVERY = Duration.ofSeconds(1);

    @Mixin
    private Terminal newsflow;

    @Option(names = "--from", paramLabel = "DATE", converter = OptionValues.Day.class,
            description = "Only articles published on or after this day, YYYY-MM-DD (default: the first).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = OptionValues.Day.class,
            description = "Only articles published on or before this day, YYYY-MM-DD (default: the last).")
    private LocalDate to;

    @Option(names = "--tagger", paramLabel = "NAME", converter = OptionValues.Tagger.class,
            description = "The tagger: builtin, rules or corenlp (default: NEWSFLOW_ENRICH_TAGGER, else builtin).")
    private String tagger;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", converter = OptionValues.BootstrapServers.class,
            description = "The Kafka broker (default: 127.0.0.1:9092, where newsflow run serves it, or "
                    + "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS when set).")
    private String kafka;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Where the run keeps its Kafka Streams state (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Override
    public Integer call() throws InterruptedException {
        newsflow.logToStandardError(true); // standard output carries the summary
        EnrichConfig config;
        PublishedRange range;
        try {
            range = new PublishedRange(Optional.ofNullable(from), Optional.ofNullable(to));
            config = config(range);
        } catch (IllegalArgumentException e) { // a ConfigException too: every bad variable, one per line
            return fail(e.getMessage(), 2);
        }
        if (!Taggers.isInstalled(config.tagger())) {
            return fail("--tagger " + config.tagger() + ": " + Taggers.howToInstall(config.tagger()), 2);
        }
        String version = Taggers.version(config.tagger());
        config = config.withApplicationId(Reenrichment.runId(version, range));
        try {
            var result = new Reenrichment(config, REPORT_EVERY).run(progress -> newsflow.errors().printf(
                    Locale.ROOT, "reenrich: %d/%d raw offsets read (%d%%)%n", progress.read(), progress.total(),
                    progress.total() == 0 ? 100 : 100 * progress.read() / progress.total()));
            if (result.empty()) {
                newsflow.out().println("newsflow reenrich: the raw topic holds no articles yet; nothing to tag");
            } else if (result.alreadyDone()) {
                newsflow.out().printf("newsflow reenrich: run %s had read the raw topic to its end already; nothing "
                        + "left to tag (a new tagger version or another --from/--to starts a new run)%n",
                        result.runId());
            } else {
                newsflow.out().printf(Locale.ROOT, "newsflow reenrich: run %s read %d raw offsets in %.1f s; the "
                        + "articles published %s are tagged by %s, and the store keeps the newest enrichment of "
                        + "each%n", result.runId(), result.offsetsRead(), result.took().toMillis() / 1000.0, range,
                        version);
            }
            return 0;
        } catch (KafkaRefusedException e) {
            return fail(e.getMessage(), 3);
        } catch (KafkaException | IllegalStateException e) {
            return fail(e.getMessage(), 1);
        }
    }

    private EnrichConfig config(PublishedRange range) {
        EnrichConfig config = EnrichConfig.fromEnv(newsflow.env()).withDataDir(data);
        if (tagger != null) {
            config = config.withTagger(tagger);
        }
        if (kafka != null) {
            config = config.withBootstrapServers(kafka);
        }
        // The texts are the ones already assigned their stories: re-tagging changes entities, not stories.
        return config.withOnly(range).withStories(false);
    }

    private int fail(String message, int status) {
        newsflow.errors().println("newsflow reenrich: " + message);
        return status;
    }
}

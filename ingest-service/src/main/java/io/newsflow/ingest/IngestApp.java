package io.newsflow.ingest;

import io.newsflow.config.KafkaRefusedException;
import io.newsflow.contracts.LogFormat;
import io.newsflow.ingest.failed.Quarantine;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.publish.IngestLedger;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.watch.InboxFolders;
import io.newsflow.ingest.watch.InboxScanner;
import io.newsflow.ingest.watch.InboxWatch;
import io.newsflow.metrics.Metrics;
import io.newsflow.metrics.Readiness;
import io.newsflow.metrics.StandaloneService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ingest-service's composition root: builds every part from the config and runs the inbox scan on one thread,
 * which scans at the scan interval and at once when the {@link InboxWatch} says a file is whole.
 * The launcher and the tests build this same class. Start does not wait for Kafka: the scan thread connects, and
 * keeps files pending until Kafka answers, so ingest-service can start before the broker and outlive its outages.
 */
public final class IngestApp implements StandaloneService.Probed {

    private static final Logger log = LoggerFactory.getLogger(IngestApp.class);
    /** Long enough for the batch in flight to commit even when Kafka is slow (the publisher's timeouts are 10 s). */
    private static final long STOP_WAIT_SECONDS = 25;
    /** Enough for a reachable broker to judge the credentials; an unreachable one is waited for on the scan thread. */
    private static final Duration ACCESS_CHECK_WAIT = Duration.ofSeconds(5);

    private final IngestConfig config;
    private final ExecutorService scanThread =
            Executors.newSingleThreadExecutor(r -> new Thread(r, "newsflow-ingest-scan"));
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final IngestPublisher publisher;
    private final IngestMeters meters;
    /** True while the scan thread runs its loop; what readiness reports besides the Kafka connection. */
    private volatile boolean scanning;

    /** The ingest part of {@code /health/ready}, in the store's shape. */
    record Health(String status, String kafka, String scanner, String detail) {
    }

    /** @param metrics the process's meters: its own when run alone, the pipeline's under the launcher */
    public IngestApp(IngestConfig config, Metrics metrics) {
        this.config = config;
        this.publisher = new IngestPublisher(config.kafka(), config.transactionalId(), metrics);
        this.meters = new IngestMeters(metrics.registry());
    }

    @Override
    public void start() {
        log.info("ingest starting {}", config.describe());
        config.kafka().checkAccess(ACCESS_CHECK_WAIT);
        try {
            Files.createDirectories(config.inbox());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the inbox " + config.inbox().toAbsolutePath(), e);
        }
        var clock = Clock.systemDefaultZone();
        var folders = new InboxFolders(config.inbox(), config.subfolders());
        var watch = InboxWatch.open(folders, config.settleTime());
        var ingestor = new InboxIngestor(config, new InboxScanner(folders, watch, config.settleTime(), clock),
                new ArticleReader(), new IngestLedger(config.kafka()), publisher,
                new Quarantine(config.inbox(), config.dataDir(), config.after()), clock, stopping::get, meters);
        scanThread.execute(() -> scanUntilStopped(ingestor, watch));
    }

    private void scanUntilStopped(InboxIngestor ingestor, InboxWatch watch) {
        scanning = true;
        try (watch) {
            while (!stopping.get() && scan(ingestor)) {
                watch.awaitNews(config.scanInterval());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping without waiting any longer
        } finally {
            scanning = false;
        }
    }

    /** Ready while connected to Kafka and scanning; during an outage it is still scanning, and waiting. */
    @Override
    public Readiness readiness() {
        boolean kafka = publisher.connected();
        boolean ready = kafka && scanning;
        String detail = !scanning ? "the inbox is not being scanned (starting, stopping, or fenced: see the log)"
                : kafka ? null : "waiting for Kafka at " + config.kafka().bootstrapServers() + "; files stay in the inbox";
        return new Readiness(ready, new Health(ready ? "UP" : "DOWN", kafka ? "UP" : "DOWN",
                scanning ? "SCANNING" : "STOPPED", detail));
    }

    /** @return false once scanning must end */
    private boolean scan(InboxIngestor ingestor) {
        try {
            ingestor.scanOnce();
        } catch (KafkaRefusedException e) {
            log.error("ingest stopped scanning: {}", LogFormat.quoted(e.getMessage()));
            return false;
        } catch (ProducerFencedException e) {
            log.error("ingest stopped scanning: another ingest-service with transactional id {} took over; run one "
                    + "ingest-service per inbox", config.transactionalId(), e);
            return false;
        } catch (RuntimeException e) {
            // A scan that fails (inbox gone, say) must not end the scanning silently.
            log.error("ingest scan failed inbox={}; scanning again in {}", LogFormat.quoted(config.inbox()),
                    config.scanInterval(), e);
        }
        return true;
    }

    /** Lets the batch in flight commit (bounded), leaves the rest for the next start, then closes the producer. */
    @Override
    public void close() {
        stopping.set(true);
        scanThread.shutdown();
        try {
            if (!scanThread.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("ingest stop: the batch in flight did not commit within {} s; its files are read again on the "
                        + "next start", STOP_WAIT_SECONDS);
                scanThread.shutdownNow();
                scanThread.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            scanThread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        publisher.close();
        log.info("ingest stopped");
    }
}

package io.newsflow.ingest;

import io.newsflow.contracts.TopicCreator;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.parse.SeedFileParser;
import io.newsflow.ingest.publish.IngestLedger;
import io.newsflow.ingest.publish.RawArticlePublisher;
import io.newsflow.ingest.watch.InboxScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ingest-service's composition root: builds every part from the config and runs the inbox scan on one thread.
 * The launcher and the tests build this same class.
 */
public final class IngestApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestApp.class);

    private final IngestConfig config;
    private final ScheduledExecutorService scanThread =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "newsflow-ingest-scan"));
    private RawArticlePublisher publisher;

    public IngestApp(IngestConfig config) {
        this.config = config;
    }

    public void start() {
        log.info("ingest starting {}", config.describe());
        try {
            Files.createDirectories(config.inbox());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the inbox " + config.inbox().toAbsolutePath(), e);
        }
        TopicCreator.ensure(config.bootstrapServers(), List.of(Topics.RAW, Topics.INGEST_LEDGER));
        var ledger = IngestLedger.load(config.bootstrapServers());
        publisher = new RawArticlePublisher(config.bootstrapServers(), config.transactionalId());
        var ingestor = new InboxIngestor(new InboxScanner(config.inbox()), new SeedFileParser(), ledger, publisher,
                Clock.systemUTC());
        log.info("ingest watching inbox={} already-ingested={}", config.inbox().toAbsolutePath().normalize(),
                ledger.size());
        long interval = config.scanInterval().toMillis();
        scanThread.scheduleWithFixedDelay(() -> scan(ingestor), 0, interval, TimeUnit.MILLISECONDS);
    }

    private void scan(InboxIngestor ingestor) {
        try {
            ingestor.scanOnce();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ProducerFencedException e) {
            log.error("ingest stopped scanning: another ingest-service with transactional id {} took over; run one "
                    + "ingest-service per inbox", config.transactionalId(), e);
            scanThread.shutdown();
        } catch (RuntimeException e) {
            // A scan that fails (inbox gone, another instance took over) must not end the schedule silently.
            log.error("ingest scan failed inbox={}; scanning again in {}", config.inbox(), config.scanInterval(), e);
        }
    }

    @Override
    public void close() {
        scanThread.shutdown();
        try {
            if (!scanThread.awaitTermination(30, TimeUnit.SECONDS)) {
                scanThread.shutdownNow();
            }
        } catch (InterruptedException e) {
            scanThread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (publisher != null) {
            publisher.close();
        }
        log.info("ingest stopped");
    }
}

package io.newsflow.ingest;

import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.IngestError;
import io.newsflow.contracts.IngestStatus;
import io.newsflow.contracts.IngestedFile;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
import io.newsflow.contracts.TopicCreator;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.failed.Quarantine;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.parse.Titles;
import io.newsflow.ingest.parse.UnparseableFileException;
import io.newsflow.ingest.publish.IngestLedger;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.watch.InboxFile;
import io.newsflow.ingest.watch.InboxScanner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the inbox. Every ready file ends in exactly one way: already in the ledger (left alone), the same
 * article under another name (recorded, not republished), refused (reported and quarantined) or published. A file
 * whose outcome Kafka has not acknowledged stays where it is and is tried again on a later pass, after the
 * publisher has reconnected and the ledger has been read again, so an outage neither loses nor doubles an article.
 */
final class InboxIngestor {

    private static final Logger log = LoggerFactory.getLogger(InboxIngestor.class);

    /** Reasons found before parsing; the parse reasons are in {@link UnparseableFileException}. */
    static final String TOO_LARGE = "too-large";
    static final String SYMLINK_OUTSIDE_INBOX = "symlink-outside-inbox";
    static final String UNREADABLE = "unreadable";

    private final IngestConfig config;
    private final InboxScanner scanner;
    private final ArticleReader reader;
    private final IngestLedger ledger;
    private final IngestPublisher publisher;
    private final Quarantine quarantine;
    private final Clock clock;
    private final BooleanSupplier stopRequested;
    private boolean topicsCreated;
    private boolean waitingForKafka;

    InboxIngestor(IngestConfig config, InboxScanner scanner, ArticleReader reader, IngestLedger ledger,
                  IngestPublisher publisher, Quarantine quarantine, Clock clock, BooleanSupplier stopRequested) {
        this.config = config;
        this.scanner = scanner;
        this.reader = reader;
        this.ledger = ledger;
        this.publisher = publisher;
        this.quarantine = quarantine;
        this.clock = clock;
        this.stopRequested = stopRequested;
    }

    void scanOnce() {
        var scan = scanner.scan();
        try {
            if (!publisher.connected()) {
                connect();
            }
            reportSeen(scan.appeared());
            for (InboxFile file : scan.ready()) {
                if (stopRequested.getAsBoolean()) {
                    return; // shutting down: the rest wait in the inbox for the next start
                }
                ingest(file);
            }
        } catch (ProducerFencedException e) {
            throw e; // another ingest-service took over this inbox: stop rather than compete
        } catch (KafkaException e) {
            if (!waitingForKafka) {
                waitingForKafka = true;
                log.warn("ingest pending: Kafka at {} did not acknowledge (\"{}\"); files stay in the inbox and are "
                        + "published once it does", config.bootstrapServers(), rootCause(e).getMessage());
            }
        }
    }

    /** (Re)connects and re-reads the ledger: after a failed commit only the topic knows whether it went through. */
    private void connect() {
        if (!topicsCreated) {
            try {
                TopicCreator.ensure(config.bootstrapServers(), List.of(Topics.RAW, Topics.INGEST_LEDGER,
                        Topics.INGEST_ERRORS, Topics.INGEST_STATUS));
            } catch (IllegalStateException e) {
                throw new KafkaException(e.getMessage(), e);
            }
            topicsCreated = true;
        }
        publisher.connect();
        try {
            ledger.reload();
        } catch (RuntimeException e) {
            publisher.disconnect(); // never publish against a ledger that was not read to its end
            throw e;
        }
        log.info("ingest connected to Kafka at {}: inbox={} already-ingested={}", config.bootstrapServers(),
                config.inbox().toAbsolutePath().normalize(), ledger.size());
        waitingForKafka = false;
    }

    private void reportSeen(List<InboxFile> appeared) {
        // A restart sees every kept file again; only files neither published nor reported before are news.
        var seen = appeared.stream()
                .filter(f -> ledger.entryFor(f.name()).isEmpty() && !quarantine.hasReport(f)).toList();
        if (seen.isEmpty()) {
            return;
        }
        publisher.reportSeen(seen.stream().map(f -> IngestStatus.seen(f.name(), clock.instant())).toList());
        seen.forEach(f -> log.info("ingest seen file={} size={}", f.name(), f.size()));
    }

    private void ingest(InboxFile file) {
        if (file.linksOutsideInbox()) {
            refuse(file, null, SYMLINK_OUTSIDE_INBOX, "the file is a symbolic link to a file outside the inbox");
            return;
        }
        if (file.size() > config.maxFileBytes()) {
            refuse(file, sha256Of(file.path()), TOO_LARGE, "the file is " + file.size() + " bytes, over the limit of "
                    + config.maxFileBytes() + " bytes (" + IngestConfig.MAX_FILE_BYTES + ")");
            return;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.path());
        } catch (NoSuchFileException e) {
            return; // taken away since the scan: nothing left to ingest
        } catch (IOException e) {
            refuse(file, null, UNREADABLE, "cannot read the file: " + e.getMessage());
            return;
        }
        String sha256 = ArticleId.sha256Hex(content);
        if (ledger.entryFor(file.name()).filter(entry -> entry.sha256().equals(sha256)).isPresent()) {
            finish(file); // published before (a restart, or a crash before the file was moved)
            return;
        }
        ArticleReader.Read read;
        try {
            read = reader.read(file.fileName(), content, LocalDate.ofInstant(file.modified(), clock.getZone()));
        } catch (UnparseableFileException e) {
            refuse(file, sha256, e.reason(), e.getMessage());
            return;
        }
        String id = ArticleId.of(read.article().text());
        var entry = new IngestedFile(file.name(), sha256, id, clock.instant());
        if (ledger.knowsArticle(id)) {
            publisher.recordAlreadyPresent(entry);
            ledger.remember(entry);
            log.info("ingest already-present id={} file={}", shortId(id), file.name());
        } else {
            var published = publisher.publish(toArticle(id, read, file, sha256), entry);
            ledger.remember(entry);
            log.info("ingest published id={} file={} partition={} offset={} format={} date-source={} encoding={}",
                    shortId(id), file.name(), published.partition(), published.offset(), read.format(),
                    read.article().dateSource(), read.decoding().encoding());
        }
        finish(file);
    }

    /** Keeps, moves or deletes a file whose article is on Kafka. */
    private void finish(InboxFile file) {
        try {
            config.after().apply(config.inbox(), file);
        } catch (IOException e) {
            log.warn("ingest could not {} file={} after publishing it (\"{}\"); it is published, and the next start "
                    + "tries again", config.after(), file.name(), e.toString());
        }
        scanner.markHandled(file);
    }

    /**
     * Reports a file that cannot become an article: on Kafka first (if that fails the file stays for the next
     * pass), then in the failed folder and the log. A kept file reported before is not reported again.
     */
    private void refuse(InboxFile file, String sha256, String reason, String message) {
        if (quarantine.alreadyReported(file, sha256)) {
            log.info("ingest still-failed file={} reason=\"{}\" error={}", file.name(), message,
                    quarantine.report(file));
            scanner.markHandled(file);
            return;
        }
        var error = new IngestError(file.name(), file.fileName(), reason, message, file.size(), sha256,
                quarantine.movedTo(file), clock.instant());
        publisher.reportFailure(error);
        try {
            quarantine.quarantine(file, error);
        } catch (IOException e) {
            log.warn("ingest could not quarantine file={} (\"{}\"); its error event is on {}", file.name(),
                    e.toString(), Topics.INGEST_ERRORS.name());
        }
        log.warn("ingest failed file={} reason=\"{}\" code={} error={}", file.name(), message, reason,
                quarantine.report(file));
        scanner.markHandled(file);
    }

    private RawArticle toArticle(String id, ArticleReader.Read read, InboxFile file, String sha256) {
        var parsed = read.article();
        boolean derived = parsed.title() == null;
        var source = new Source(file.fileName(), file.name(), file.size(), sha256, read.format(),
                read.decoding().encoding(), read.warnings(), parsed.url());
        return new RawArticle(id, RawArticle.SCHEMA_VERSION, parsed.publishedDate(), parsed.dateSource(),
                derived ? Titles.derive(parsed.text()) : parsed.title(), derived, parsed.text(), source,
                clock.instant());
    }

    /** Hashes a file too large to read into memory, so its report still identifies the exact version refused. */
    private static String sha256Of(Path file) {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    /** The client wraps the cause of a failed transaction ("in an error state"); the cause says what happened. */
    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String shortId(String id) {
        return id.substring(0, 8);
    }
}

package io.newsflow.ingest;

import io.newsflow.config.KafkaRefusedException;
import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.IngestError;
import io.newsflow.contracts.IngestStatus;
import io.newsflow.contracts.IngestedFile;
import io.newsflow.contracts.LogFormat;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
import io.newsflow.contracts.Titles;
import io.newsflow.contracts.TopicCreator;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.failed.ArchiveReport;
import io.newsflow.ingest.failed.Quarantine;
import io.newsflow.ingest.parse.ArticleReader;
import io.newsflow.ingest.parse.JsonLinesReader;
import io.newsflow.ingest.parse.UnparseableFileException;
import io.newsflow.ingest.publish.IngestLedger;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.publish.Outcome;
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
 * article under another name (recorded, not republished), refused (reported and quarantined) or published. An
 * archive ({@code *.jsonl}, {@code *.jsonl.gz}) is read line by line, and each line ends in one of those ways.
 *
 * <p>Outcomes are gathered into a {@link PendingBatch} and written to Kafka in one transaction when the batch is
 * full (articles, bytes or time) and at the end of the pass; files are kept, moved or quarantined only after
 * that commit. A file whose outcome Kafka has not acknowledged stays where it is and is tried again on a later
 * pass, after the publisher has reconnected and the ledger has been read again, so an outage neither loses nor
 * doubles an article.
 */
final class InboxIngestor {

    private static final Logger log = LoggerFactory.getLogger(InboxIngestor.class);

    /** Reasons found before parsing; the parse reasons are in {@link UnparseableFileException}. */
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
    private final PendingBatch batch;
    private final IngestMeters meters;
    private boolean topicsCreated;
    private boolean waitingForKafka;

    InboxIngestor(IngestConfig config, InboxScanner scanner, ArticleReader reader, IngestLedger ledger,
                  IngestPublisher publisher, Quarantine quarantine, Clock clock, BooleanSupplier stopRequested,
                  IngestMeters meters) {
        this.config = config;
        this.scanner = scanner;
        this.reader = reader;
        this.ledger = ledger;
        this.publisher = publisher;
        this.quarantine = quarantine;
        this.clock = clock;
        this.stopRequested = stopRequested;
        this.batch = new PendingBatch(config.batch());
        this.meters = meters;
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
                    break; // shutting down: what is decided is committed below, the rest waits for the next start
                }
                ingest(file);
            }
            commit(); // the last files of a pass wait for no one
        } catch (ProducerFencedException e) {
            throw e; // another ingest-service took over this inbox: stop rather than compete
        } catch (KafkaException e) {
            KafkaRefusedException.find(e, config.kafka().bootstrapServers()).ifPresent(refused -> {
                throw refused; // credentials or permissions do not pass by themselves: stop rather than loop
            });
            if (!waitingForKafka) {
                waitingForKafka = true;
                log.warn("ingest pending bootstrap={} problem={}: Kafka did not acknowledge; files stay in the inbox and "
                        + "are published once it does", config.kafka().bootstrapServers(),
                        LogFormat.quoted(rootCause(e).getMessage()));
            }
        } finally {
            batch.clear(); // after a failure, its files were not marked handled: the next pass reads them again
        }
    }

    /** (Re)connects and re-reads the ledger: after a failed commit only the topic knows whether it went through. */
    private void connect() {
        if (!topicsCreated) {
            try {
                TopicCreator.ensure(config.kafka(), List.of(Topics.RAW, Topics.INGEST_LEDGER,
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
        log.info("ingest connected to Kafka at {}: inbox={} already-ingested={}", config.kafka().bootstrapServers(),
                LogFormat.quoted(config.inbox().toAbsolutePath().normalize()), ledger.size());
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
        meters.seen(seen.size());
        seen.forEach(f -> log.info("ingest seen file={} size={}", LogFormat.quoted(f.name()), f.size()));
    }

    private void ingest(InboxFile file) {
        if (file.linksOutsideInbox()) {
            refuse(file, null, SYMLINK_OUTSIDE_INBOX, "the file is a symbolic link to a file outside the inbox");
            return;
        }
        if (JsonLinesReader.isArchive(file.fileName())) {
            ingestArchive(file);
            return;
        }
        if (file.size() > config.maxFileBytes()) {
            refuse(file, sha256Of(file.path()), UnparseableFileException.TOO_LARGE, "the file is " + file.size()
                    + " bytes, over the limit of " + config.maxFileBytes() + " bytes (" + IngestConfig.MAX_FILE_BYTES
                    + ")");
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
        if (isInLedger(file, sha256)) {
            finish(file); // published before (a restart, or a crash before the file was moved)
            return;
        }
        ArticleReader.Read read;
        try {
            read = reader.read(file.fileName(), content, modifiedDay(file));
        } catch (UnparseableFileException e) {
            refuse(file, sha256, e.reason(), e.getMessage());
            return;
        }
        addArticle(file, sha256, read, null, content.length, () -> finish(file));
    }

    /**
     * Reads an archive line by line, never whole, adding each line's outcome to the batch as it goes. The archive's
     * hash is taken first, in a streaming pass, so every line's ledger entry names the version it came from: after
     * an interruption the lines already published are skipped, and a changed archive is read as a new version.
     */
    private void ingestArchive(InboxFile file) {
        String sha256 = sha256Of(file.path());
        if (sha256 == null) {
            if (Files.exists(file.path())) {
                refuse(file, null, UNREADABLE, "cannot read the file");
            }
            return;
        }
        if (isInLedger(file, sha256)) {
            finish(file); // every line was handled before
            return;
        }
        var report = quarantine.archiveReport(file);
        int lines;
        try (var archive = new JsonLinesReader(file.path(), file.fileName(), config.maxFileBytes(), modifiedDay(file),
                reader)) {
            try {
                for (var line = archive.next(); line != null; line = archive.next()) {
                    if (stopRequested.getAsBoolean()) {
                        return; // what is decided is committed; the next start skips it and reads on
                    }
                    ingestLine(file, sha256, line, report);
                }
            } catch (UnparseableFileException corrupt) {
                failLine(file, sha256, corrupt, archive.linesRead() + 1, report);
            }
            lines = archive.linesRead();
        } catch (UnparseableFileException notGzip) {
            failLine(file, sha256, notGzip, null, report);
            lines = 0;
        } catch (NoSuchFileException e) {
            return; // taken away since the scan
        } catch (IOException e) {
            refuse(file, sha256, UNREADABLE, "cannot read the file: " + e.getMessage());
            return;
        }
        int read = lines;
        batch.add(new Outcome.ArchiveDone(new IngestedFile(file.name(), sha256, null, clock.instant(), null)), 0,
                () -> finishArchive(file, report, read));
        commitIfFull();
    }

    private void ingestLine(InboxFile file, String sha256, JsonLinesReader.Line line, ArchiveReport report) {
        var entry = ledger.entryFor(IngestedFile.key(file.name(), line.number()));
        if (entry.filter(e -> e.sha256().equals(sha256)).isPresent()) {
            return; // published before this archive's reading was interrupted
        }
        if (line.error() != null) {
            failLine(file, sha256, line.error(), line.number(), report);
            return;
        }
        addArticle(file, sha256, line.read(), line.number(), line.bytes(), () -> { });
    }

    /** A new article, or one whose text is already published (by the ledger, or earlier in this batch). */
    private void addArticle(InboxFile file, String sha256, ArticleReader.Read read, Integer line, long bytes,
                            Runnable afterCommit) {
        String id = ArticleId.of(read.article().text());
        var entry = new IngestedFile(file.name(), sha256, id, clock.instant(), line);
        Outcome outcome = ledger.knowsArticle(id) || batch.holdsArticle(id)
                ? new Outcome.AlreadyPresent(entry)
                : new Outcome.Article(toArticle(id, read, file, sha256, line), entry);
        batch.add(outcome, bytes, afterCommit);
        commitIfFull();
    }

    /** A bad line of an archive (or the point where its gzip data broke): reported, while the other lines go on. */
    private void failLine(InboxFile file, String sha256, UnparseableFileException problem, Integer line,
                          ArchiveReport report) {
        var error = new IngestError(file.name(), file.fileName(), problem.reason(), problem.getMessage(), file.size(),
                sha256, quarantine.movedTo(file), clock.instant(), line);
        batch.add(new Outcome.Failure(error), 0, () -> {
            try {
                report.append(error);
            } catch (IOException e) {
                log.warn("ingest could not write report={} problem={}; the error event is on {}",
                        LogFormat.quoted(report.path()), LogFormat.quoted(e), Topics.INGEST_ERRORS.name());
            }
            log.warn("ingest failed file={} line={} reason={} code={} error={}", LogFormat.quoted(file.name()), line,
                    LogFormat.quoted(problem.getMessage()), problem.reason(), LogFormat.quoted(report.path()));
        });
        commitIfFull();
    }

    /** An archive whose every line is handled: kept, moved or deleted as a file is, or quarantined with bad lines. */
    private void finishArchive(InboxFile file, ArchiveReport report, int lines) {
        log.info("ingest archive file={} lines={} bad-lines={}", LogFormat.quoted(file.name()), lines,
                report.errors());
        if (report.errors() == 0) {
            finish(file);
            return;
        }
        try {
            report.close();
            quarantine.moveAside(file); // never deleted: the bad lines are only in this file
        } catch (IOException e) {
            log.warn("ingest could not quarantine file={} problem={}; its bad lines are on {}",
                    LogFormat.quoted(file.name()), LogFormat.quoted(e), Topics.INGEST_ERRORS.name());
        }
        scanner.markHandled(file);
    }

    private boolean isInLedger(InboxFile file, String sha256) {
        return ledger.entryFor(file.name()).filter(entry -> entry.sha256().equals(sha256)).isPresent();
    }

    private LocalDate modifiedDay(InboxFile file) {
        return LocalDate.ofInstant(file.modified(), clock.getZone());
    }

    private void commitIfFull() {
        if (batch.full()) {
            commit();
        }
    }

    /**
     * Writes the batch in one transaction; then, and only then, the ledger learns its entries and its files are
     * kept, moved or quarantined. One INFO line per batch; one DEBUG line per article, so a backfill of thousands
     * of articles a second does not spend its time logging.
     */
    private void commit() {
        if (batch.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        var landed = publisher.commit(batch.outcomes()).iterator();
        int published = 0;
        int present = 0;
        int failed = 0;
        for (Outcome outcome : batch.outcomes()) {
            if (outcome.entry() != null) {
                ledger.remember(outcome.entry());
            }
            if (outcome instanceof Outcome.Article article) {
                published++;
                meters.published();
                var at = landed.next();
                var source = article.article().source();
                log.debug("ingest published id={} file={}{} partition={} offset={} format={} date-source={} "
                        + "encoding={}", article.article().id(), LogFormat.quoted(source.path()), lineOf(source.line()),
                        at.partition(), at.offset(), source.format(), article.article().dateSource(),
                        source.encoding());
            } else if (outcome instanceof Outcome.AlreadyPresent already) {
                present++;
                meters.alreadyPresent();
                log.debug("ingest already-present id={} file={}{}", already.entry().articleId(),
                        LogFormat.quoted(already.entry().path()), lineOf(already.entry().line()));
            } else if (outcome instanceof Outcome.Failure failure) {
                failed++;
                meters.failed(failure.error().reason());
            }
        }
        batch.afterCommit().forEach(Runnable::run);
        log.info("ingest batch published={} already-present={} failed={} bytes={} ms={}", published, present, failed,
                batch.bytes(), (System.nanoTime() - started) / 1_000_000);
        batch.clear();
    }

    private static String lineOf(Integer line) {
        return line == null ? "" : " line=" + line;
    }

    /** Keeps, moves or deletes a file whose article is on Kafka. */
    private void finish(InboxFile file) {
        try {
            config.after().apply(config.inbox(), file);
        } catch (IOException e) {
            log.warn("ingest could not {} file={} problem={} after publishing it; it is published, and the next "
                    + "start tries again", config.after(), LogFormat.quoted(file.name()), LogFormat.quoted(e));
        }
        scanner.markHandled(file);
    }

    /**
     * Reports a file that cannot become an article: on Kafka first, with its batch (if that fails the file stays
     * for the next pass), then in the failed folder and the log. A kept file reported before is not reported again.
     */
    private void refuse(InboxFile file, String sha256, String reason, String message) {
        if (quarantine.alreadyReported(file, sha256)) {
            log.info("ingest still-failed file={} reason={} error={}", LogFormat.quoted(file.name()),
                    LogFormat.quoted(message), LogFormat.quoted(quarantine.report(file)));
            scanner.markHandled(file);
            return;
        }
        var error = new IngestError(file.name(), file.fileName(), reason, message, file.size(), sha256,
                quarantine.movedTo(file), clock.instant());
        batch.add(new Outcome.Failure(error), 0, () -> quarantine(file, error));
        commitIfFull();
    }

    private void quarantine(InboxFile file, IngestError error) {
        try {
            quarantine.quarantine(file, error);
        } catch (IOException e) {
            log.warn("ingest could not quarantine file={} problem={}; its error event is on {}",
                    LogFormat.quoted(file.name()), LogFormat.quoted(e), Topics.INGEST_ERRORS.name());
        }
        log.warn("ingest failed file={} reason={} code={} error={}", LogFormat.quoted(file.name()),
                LogFormat.quoted(error.message()), error.reason(), LogFormat.quoted(quarantine.report(file)));
        scanner.markHandled(file);
    }

    private RawArticle toArticle(String id, ArticleReader.Read read, InboxFile file, String sha256, Integer line) {
        var parsed = read.article();
        boolean derived = parsed.title() == null;
        var source = new Source(file.fileName(), file.name(), file.size(), sha256, read.format(),
                read.decoding().encoding(), read.warnings(), parsed.url(), line);
        return new RawArticle(id, RawArticle.SCHEMA_VERSION, parsed.publishedDate(), parsed.dateSource(),
                derived ? Titles.derive(parsed.text()) : parsed.title(), derived, parsed.text(), source,
                clock.instant());
    }

    /** Hashes a file too large to read into memory (a refused file, an archive); null when it cannot be read. */
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
}

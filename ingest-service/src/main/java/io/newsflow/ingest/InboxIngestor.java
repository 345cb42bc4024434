package io.newsflow.ingest;

import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.IngestedFile;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
import io.newsflow.ingest.parse.ArticleFile;
import io.newsflow.ingest.parse.SeedFileParser;
import io.newsflow.ingest.parse.Titles;
import io.newsflow.ingest.parse.UnparseableFileException;
import io.newsflow.ingest.publish.IngestLedger;
import io.newsflow.ingest.publish.RawArticlePublisher;
import io.newsflow.ingest.watch.InboxScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the inbox: every ready file is either already in the ledger (skipped), the same article under
 * another name (recorded, not republished), unparseable (reported once with its reason) or published.
 */
final class InboxIngestor {

    private static final Logger log = LoggerFactory.getLogger(InboxIngestor.class);

    private final InboxScanner scanner;
    private final SeedFileParser parser;
    private final IngestLedger ledger;
    private final RawArticlePublisher publisher;
    private final Clock clock;
    /** Bad file versions already reported, so a file that stays bad is reported once and not on every scan. */
    private final Set<String> reported = new HashSet<>();

    InboxIngestor(InboxScanner scanner, SeedFileParser parser, IngestLedger ledger, RawArticlePublisher publisher,
                  Clock clock) {
        this.scanner = scanner;
        this.parser = parser;
        this.ledger = ledger;
        this.publisher = publisher;
        this.clock = clock;
    }

    void scanOnce() throws InterruptedException {
        for (Path file : scanner.readyFiles()) {
            ingest(file);
        }
    }

    private void ingest(Path file) throws InterruptedException {
        String path = scanner.relativeName(file);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            reportOnce(path, "unreadable", "cannot read the file: " + e.getMessage());
            return;
        }
        String sha256 = ArticleId.sha256Hex(content);
        if (ledger.entryFor(path).filter(entry -> entry.sha256().equals(sha256)).isPresent()) {
            return;
        }
        ArticleFile parsed;
        try {
            parsed = parser.parse(content);
        } catch (UnparseableFileException e) {
            reportOnce(path, sha256, e.getMessage());
            return;
        }
        String id = ArticleId.of(parsed.text());
        var entry = new IngestedFile(path, sha256, id, clock.instant());
        try {
            if (ledger.knowsArticle(id)) {
                publisher.recordOnly(entry);
                ledger.remember(entry);
                log.info("ingest already-present id={} file={}", shortId(id), path);
                return;
            }
            var article = toArticle(id, parsed, file, path, content.length, sha256);
            var published = publisher.publish(article, entry);
            ledger.remember(entry);
            log.info("ingest published id={} file={} partition={} offset={}", shortId(id), path,
                    published.partition(), published.offset());
        } catch (ProducerFencedException e) {
            throw e; // another ingest-service took over this inbox: stop rather than compete
        } catch (KafkaException e) {
            log.warn("ingest pending file={} reason=\"{}\": the file stays in the inbox and is published on a later "
                    + "scan", path, e.getMessage());
        }
    }

    private RawArticle toArticle(String id, ArticleFile parsed, Path file, String path, long size, String sha256) {
        boolean derived = parsed.title() == null;
        return new RawArticle(id, RawArticle.SCHEMA_VERSION, parsed.publishedDate(), "header",
                derived ? Titles.derive(parsed.text()) : parsed.title(), derived, parsed.text(),
                new Source(file.getFileName().toString(), path, size, sha256), clock.instant());
    }

    private void reportOnce(String path, String version, String reason) {
        if (reported.add(path + "\n" + version)) {
            log.warn("ingest failed file={} reason=\"{}\"", path, reason);
        }
    }

    private static String shortId(String id) {
        return id.substring(0, 8);
    }
}

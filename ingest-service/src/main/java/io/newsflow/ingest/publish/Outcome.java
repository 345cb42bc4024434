package io.newsflow.ingest.publish;

import io.newsflow.contracts.IngestError;
import io.newsflow.contracts.IngestedFile;
import io.newsflow.contracts.RawArticle;

/** What ingest decided about one file or one archive line; a batch of these is written in one transaction. */
public sealed interface Outcome {

    /** The ledger entry this outcome writes, or null when it writes none (a failure). */
    IngestedFile entry();

    /** A new article: its raw event, its ledger entry and a "published" status naming where it landed. */
    record Article(RawArticle article, IngestedFile entry) implements Outcome {
    }

    /** Text published before under another name or line: ledger entry and status, no raw event. */
    record AlreadyPresent(IngestedFile entry) implements Outcome {
    }

    /** A file or line that cannot become an article: its error event and its "failed" status. */
    record Failure(IngestError error) implements Outcome {
        @Override
        public IngestedFile entry() {
            return null;
        }
    }

    /** Every line of an archive is handled: the ledger entry that keeps it from being read again. */
    record ArchiveDone(IngestedFile entry) implements Outcome {
    }
}

package io.newsflow.ingest.parse;

/** A file that can never become an article as it is; the message is the reason shown to the user. */
public final class UnparseableFileException extends Exception {

    public UnparseableFileException(String reason) {
        super(reason);
    }
}

package io.newsflow.ingest.parse;

/**
 * A file that can never become an article as it is. The reason code is what programs branch on (it goes into the
 * {@code IngestError} event); the message is the sentence shown to people, exactly as logged.
 */
public final class UnparseableFileException extends Exception {

    public static final String EMPTY = "empty";
    public static final String BINARY = "binary";
    public static final String UNDECODABLE = "undecodable";
    public static final String INVALID_DATE = "invalid-date";
    public static final String NO_TEXT = "no-text";
    public static final String INVALID_JSON = "invalid-json";
    public static final String INVALID_FRONT_MATTER = "invalid-front-matter";

    private final String reason;

    public UnparseableFileException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}

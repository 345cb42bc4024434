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
    /** A file over the size limit, or an archive line over it. */
    public static final String TOO_LARGE = "too-large";
    /** A {@code *.jsonl.gz} archive that is not gzip data, or whose data breaks off. */
    public static final String CORRUPT_GZIP = "corrupt-gzip";

    private final String reason;

    public UnparseableFileException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}

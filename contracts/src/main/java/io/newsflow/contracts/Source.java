package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where an article came from. The last five fields were added after v1 shipped, so they are optional: a reader
 * of an older event sees them as null (and {@code warnings} as empty), and a writer that does not know them leaves
 * them out of the JSON.
 *
 * @param fileName  the file's name
 * @param path      the file's path relative to the inbox, with '/' separators
 * @param sizeBytes the file's size in bytes
 * @param sha256    hex SHA-256 of the file's bytes: tells a changed file from an unchanged one
 * @param format    how the file was read: {@code seed}, {@code json}, {@code front-matter} or {@code plain} (a line of
 *                  an archive is {@code json})
 * @param encoding  the character set its bytes were decoded with: {@code UTF-8}, {@code UTF-16LE},
 *                  {@code UTF-16BE} or {@code windows-1252}
 * @param warnings  what ingest had to guess or leave out, as sentences (e.g. a file that was not valid UTF-8);
 *                  empty when none
 * @param url       the article's address on the web, an absolute http or https URL, as a JSON input file gave it;
 *                  null when the file gave none (every format but JSON) or one that is not such a URL
 *                  ({@code warnings} then says so)
 * @param line      for an article read from one line of an archive ({@code *.jsonl}, {@code *.jsonl.gz}), that
 *                  line's 1-based number; {@code path}, {@code sizeBytes} and {@code sha256} are then the archive's.
 *                  Null for an article that is a whole file
 */
public record Source(String fileName, String path, long sizeBytes, String sha256,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String format,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String encoding,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String url,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer line) {

    public Source {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A whole file (not a line of an archive). */
    public Source(String fileName, String path, long sizeBytes, String sha256, String format, String encoding,
                  List<String> warnings, String url) {
        this(fileName, path, sizeBytes, sha256, format, encoding, warnings, url, null);
    }

    /** A source whose format and encoding are not known (articles that did not come through ingest-service). */
    public Source(String fileName, String path, long sizeBytes, String sha256) {
        this(fileName, path, sizeBytes, sha256, null, null, List.of(), null, null);
    }
}

package io.newsflow.ingest.parse;

import java.util.List;

/**
 * A file's bytes as text.
 *
 * @param text     the text, without a byte order mark
 * @param encoding the character set it was decoded with, as the event names it ({@code UTF-8}, {@code UTF-16LE},
 *                 {@code UTF-16BE}, {@code windows-1252})
 * @param warnings what had to be guessed, as sentences; empty when the bytes said what they were
 */
public record DecodedText(String text, String encoding, List<String> warnings) {

    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}

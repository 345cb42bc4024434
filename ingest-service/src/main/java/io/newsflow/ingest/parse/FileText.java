package io.newsflow.ingest.parse;

import java.time.LocalDate;

/**
 * A decoded file as the parsers see it.
 *
 * @param fileName     the file's name, for formats recognised by extension
 * @param text         the decoded text
 * @param modifiedDate the file's modification day: the published date of a file that states none
 */
record FileText(String fileName, String text, LocalDate modifiedDate) {
}

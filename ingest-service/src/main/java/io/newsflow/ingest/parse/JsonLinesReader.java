package io.newsflow.ingest.parse;

import io.newsflow.ingest.IngestConfig;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a JSON Lines archive ({@code *.jsonl}, or gzip-compressed {@code *.jsonl.gz}) one line at a time, so an
 * archive of any size is read in constant memory: only the current line is held, and a line over the size limit is
 * skipped to its end without being kept. Blank lines are passed over; every other line becomes an article or the
 * reason it cannot, with its 1-based number. Lines are split on bytes, not characters, so the limit is in bytes as
 * for whole files, and a long line never becomes a long string.
 */
public final class JsonLinesReader implements Closeable {

    private static final int BUFFER_BYTES = 64 * 1024;

    /**
     * One line that is not blank.
     *
     * @param number its 1-based line number in the archive (blank lines count)
     * @param bytes  its length in bytes, without the line break
     * @param read   the article it holds, or null when it holds none
     * @param error  why it holds none, or null
     */
    public record Line(int number, long bytes, ArticleReader.Read read, UnparseableFileException error) {
    }

    private final InputStream in;
    private final String fileName;
    private final int maxLineBytes;
    private final LocalDate modifiedDate;
    private final ArticleReader reader;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private int number;

    /**
     * Opens the archive; a gzip archive whose header is not gzip is refused here.
     *
     * @param maxLineBytes longer lines are refused ({@code too-large}) without being read into memory
     * @param modifiedDate the archive's modification day: the published date of a line that states none
     */
    public JsonLinesReader(Path file, String fileName, int maxLineBytes, LocalDate modifiedDate, ArticleReader reader)
            throws IOException, UnparseableFileException {
        this.fileName = fileName;
        this.maxLineBytes = maxLineBytes;
        this.modifiedDate = modifiedDate;
        this.reader = reader;
        InputStream raw = Files.newInputStream(file);
        try {
            this.in = isGzip(fileName) ? new GZIPInputStream(raw, BUFFER_BYTES) : raw;
        } catch (ZipException | EOFException e) {
            raw.close();
            throw corrupt(e);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** True for the names read as archives: {@code *.jsonl} and {@code *.jsonl.gz}, in any case. */
    public static boolean isArchive(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    private static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /**
     * The next line that is not blank, or null at the end of the archive.
     *
     * @throws UnparseableFileException {@code corrupt-gzip} when the compressed data breaks off or is damaged
     */
    public Line next() throws IOException, UnparseableFileException {
        while (true) {
            long length;
            try {
                length = readLine();
            } catch (ZipException | EOFException e) {
                throw corrupt(e);
            }
            if (length < 0) {
                return null;
            }
            number++;
            if (length > maxLineBytes) {
                return new Line(number, length, null, new UnparseableFileException(UnparseableFileException.TOO_LARGE,
                        "the line is " + length + " bytes, over the limit of " + maxLineBytes + " bytes ("
                                + IngestConfig.MAX_FILE_BYTES + ")"));
            }
            byte[] bytes = line.toByteArray();
            if (isBlank(bytes)) {
                continue;
            }
            try {
                return new Line(number, length, reader.readLine(fileName, bytes, modifiedDate), null);
            } catch (UnparseableFileException e) {
                return new Line(number, length, null, e);
            }
        }
    }

    /** Lines read so far, blank ones included: the number of the last line returned, or of the line that broke. */
    public int linesRead() {
        return number;
    }

    /** Reads up to the next line break, keeping at most one byte over the limit; -1 at the end of the archive. */
    private long readLine() throws IOException {
        line.reset();
        long length = 0;
        while (true) {
            if (position == limit) {
                limit = Math.max(in.read(buffer), 0);
                position = 0;
                if (limit == 0) {
                    return length > 0 ? length : -1;
                }
            }
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int room = maxLineBytes + 1 - line.size();
            line.write(buffer, position, Math.min(end - position, Math.max(room, 0)));
            length += end - position;
            position = end;
            if (end < limit) {
                position++; // past the line break
                return length;
            }
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private UnparseableFileException corrupt(IOException e) {
        return new UnparseableFileException(UnparseableFileException.CORRUPT_GZIP, number == 0
                ? "the file is not valid gzip data (" + e.getMessage() + ")"
                : "the gzip data is corrupt after line " + number + " (" + e.getMessage() + ")");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package io.newsflow.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the seed format: the file starts with {@code date YYYY-MM-DD} (leading whitespace allowed), and everything
 * after the date and the one space or line break that ends it is the article text. Seed files put the text on the
 * same line as the date, other writers on the next line; both are accepted.
 */
public final class SeedFileParser {

    private static final Pattern HEADER =
            Pattern.compile("\\A\\uFEFF?\\s*date[ \\t]+(\\S+)(?:[ \\t]*(?:\\r\\n|\\r|\\n)|[ \\t]+|\\z)");

    public ArticleFile parse(byte[] content) throws UnparseableFileException {
        if (content.length == 0) {
            throw new UnparseableFileException("the file is empty");
        }
        String decoded = decodeUtf8(content);
        var header = HEADER.matcher(decoded);
        if (!header.find()) {
            throw new UnparseableFileException("the first line is not a date header: expected \" date YYYY-MM-DD\"");
        }
        LocalDate date = parseDate(header.group(1));
        String text = decoded.substring(header.end());
        if (text.isBlank()) {
            throw new UnparseableFileException("the file has a date header but no article text after it");
        }
        return new ArticleFile(date, null, text);
    }

    private static LocalDate parseDate(String value) throws UnparseableFileException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnparseableFileException("the header date \"" + value + "\" is not a valid date YYYY-MM-DD");
        }
    }

    private static String decodeUtf8(byte[] content) throws UnparseableFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnparseableFileException("the file is not valid UTF-8 text");
        }
    }
}

package io.newsflow.ingest.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a file's bytes into an article: decodes them, then hands the text to the first parser that recognises its
 * format. The order matters: JSON and front-matter are recognised by their opening, the seed format by its date
 * line, and plain text takes whatever is left, so no file is refused merely for having no header.
 */
public final class ArticleReader {

    private final TextDecoder decoder = new TextDecoder();
    private final List<ArticleParser> parsers = List.of(
            new JsonArticleParser(), new FrontMatterParser(), new SeedFileParser(), new PlainTextParser());
    private final JsonArticleParser lineParser = new JsonArticleParser(true);

    /**
     * An article read from a file.
     *
     * @param article  what the file says
     * @param format   the format it was read as ({@code seed}, {@code json}, {@code front-matter}, {@code plain})
     * @param decoding how its bytes became text
     */
    public record Read(ArticleFile article, String format, DecodedText decoding) {

        /** What had to be guessed or left out, in the order it was met: decoding the bytes, then parsing the text. */
        public List<String> warnings() {
            return Stream.concat(decoding.warnings().stream(), article.warnings().stream()).toList();
        }
    }

    public Read read(String fileName, byte[] content, LocalDate modifiedDate) throws UnparseableFileException {
        DecodedText decoded = decoder.decode(content);
        var file = new FileText(fileName, decoded.text(), modifiedDate);
        for (ArticleParser parser : parsers) {
            if (parser.recognises(file)) {
                return new Read(parser.parse(file), parser.format(), decoded);
            }
        }
        throw new IllegalStateException("the plain-text parser recognises every file");
    }

    /** One line of a JSON Lines archive: always a JSON article, whatever it looks like. */
    public Read readLine(String fileName, byte[] line, LocalDate modifiedDate) throws UnparseableFileException {
        DecodedText decoded = decoder.decode(line);
        return new Read(lineParser.parse(new FileText(fileName, decoded.text(), modifiedDate)),
                lineParser.format(), decoded);
    }
}

package io.newsflow.ingest.parse;

import io.newsflow.contracts.RawArticle;
import java.util.regex.Pattern;

/**
 * Reads the seed format: the file starts with {@code date YYYY-MM-DD} (leading whitespace allowed), and everything
 * after the date and the one space or line break that ends it is the article text. Seed files put the text on the
 * same line as the date, other writers on the next line; both are accepted, with any line ending.
 */
final class SeedFileParser implements ArticleParser {

    private static final Pattern HEADER =
            Pattern.compile("\\A\\s*date[ \\t]+(\\S+)(?:[ \\t]*(?:\\r\\n|\\r|\\n)|[ \\t]+|\\z)");

    @Override
    public String format() {
        return "seed";
    }

    @Override
    public boolean recognises(FileText file) {
        return HEADER.matcher(file.text()).find();
    }

    @Override
    public ArticleFile parse(FileText file) throws UnparseableFileException {
        var header = HEADER.matcher(file.text());
        if (!header.find()) {
            throw new IllegalArgumentException("not a seed file: call recognises first");
        }
        var date = PublishedDates.day(header.group(1), "header date");
        String text = file.text().substring(header.end());
        if (text.isBlank()) {
            throw new UnparseableFileException(UnparseableFileException.NO_TEXT,
                    "the file has a date header but no article text after it");
        }
        return new ArticleFile(date, RawArticle.DATE_FROM_HEADER, null, text);
    }
}

package io.newsflow.ingest.parse;

import io.newsflow.contracts.RawArticle;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads Markdown or text that starts with a front-matter block, as static-site generators write it:
 * <pre>
 * ---
 * date: 2022-04-05
 * title: NATO meets in Brussels
 * ---
 * The text...
 * </pre>
 * Only {@code date} and {@code title} are read; other keys are allowed and ignored. Without a {@code date} the
 * file's modification day stands in, as for plain text.
 */
final class FrontMatterParser implements ArticleParser {

    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*(?:\\r\\n|\\r|\\n)");
    private static final Pattern CLOSING = Pattern.compile("^---[ \\t]*$(?:\\r\\n|\\r|\\n|\\z)", Pattern.MULTILINE);
    private static final Pattern ENTRY = Pattern.compile("^\\s*([A-Za-z_][\\w-]*)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern LEADING_LINE_BREAKS = Pattern.compile("\\A(?:[ \\t]*(?:\\r\\n|\\r|\\n))+");

    @Override
    public String format() {
        return "front-matter";
    }

    @Override
    public boolean recognises(FileText file) {
        return OPENING.matcher(file.text()).find();
    }

    @Override
    public ArticleFile parse(FileText file) throws UnparseableFileException {
        var opening = OPENING.matcher(file.text());
        if (!opening.find()) {
            throw new IllegalArgumentException("no front-matter block: call recognises first");
        }
        var closing = CLOSING.matcher(file.text());
        if (!closing.find(opening.end())) {
            throw new UnparseableFileException(UnparseableFileException.INVALID_FRONT_MATTER,
                    "the front-matter block has no closing \"---\" line");
        }
        LocalDate date = null;
        String title = null;
        for (String line : file.text().substring(opening.end(), closing.start()).split("\\R")) {
            var entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                continue; // blank lines, comments and YAML this reader does not need
            }
            String value = unquote(entry.group(2));
            switch (entry.group(1).toLowerCase(Locale.ROOT)) {
                case "date" -> date = PublishedDates.dayOrTimestamp(value, "front-matter date");
                case "title" -> title = value.isEmpty() ? null : value;
                default -> { }
            }
        }
        String text = LEADING_LINE_BREAKS.matcher(file.text().substring(closing.end())).replaceFirst("");
        if (text.isBlank()) {
            throw new UnparseableFileException(UnparseableFileException.NO_TEXT,
                    "the file has a front-matter block but no article text after it");
        }
        return date == null
                ? new ArticleFile(file.modifiedDate(), RawArticle.DATE_FROM_FILE_MODIFIED, title, text)
                : new ArticleFile(date, RawArticle.DATE_FROM_FRONT_MATTER, title, text);
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}

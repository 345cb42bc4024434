package io.newsflow.ingest.parse;

/** One input format. {@link ArticleReader} asks each in turn whether a file is in its format, then lets it parse. */
interface ArticleParser {

    /** The format's name as events carry it ({@code Source.format}). */
    String format();

    /** True when the file is in this format, judged by its name and its first characters only. */
    boolean recognises(FileText file);

    ArticleFile parse(FileText file) throws UnparseableFileException;
}

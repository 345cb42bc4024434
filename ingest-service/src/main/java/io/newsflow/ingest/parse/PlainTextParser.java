package io.newsflow.ingest.parse;

import io.newsflow.contracts.RawArticle;

/**
 * The fallback for a file in no other format: all of it is the text, and since it states no date, its
 * modification day is the published date (the event says so with {@code dateSource=file-modified}).
 */
final class PlainTextParser implements ArticleParser {

    @Override
    public String format() {
        return "plain";
    }

    @Override
    public boolean recognises(FileText file) {
        return true;
    }

    @Override
    public ArticleFile parse(FileText file) throws UnparseableFileException {
        if (file.text().isBlank()) {
            throw new UnparseableFileException(UnparseableFileException.EMPTY, "the file holds only white space");
        }
        return new ArticleFile(file.modifiedDate(), RawArticle.DATE_FROM_FILE_MODIFIED, null, file.text());
    }
}

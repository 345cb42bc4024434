-- Newsflow store schema, version 3 on SQLite: full-text search over every article's title and text.
-- An FTS5 index with Porter stemming (summit finds summits), weighted by bm25 at query time. The index keeps its own
-- copy of title and text (for snippets), keyed by a row id of its own; article_search_rows maps each article to it,
-- so an article stored again replaces its one index row, and a VACUUM, which may renumber the articles table's
-- implicit row ids, cannot break the link. Triggers keep the index in step with every write of the table, in the
-- same transaction. A trigger's body stays on one line: the migration runner splits at line-ending semicolons.
CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, title, text, tokenize = 'porter unicode61');

CREATE TABLE article_search_rows (
    article_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    search_rowid  INTEGER     NOT NULL
);

-- The articles stored before this version.
INSERT INTO article_search (article_id, title, text) SELECT id, title, text FROM articles;
INSERT INTO article_search_rows (article_id, search_rowid) SELECT article_id, rowid FROM article_search;

CREATE TRIGGER article_search_added AFTER INSERT ON articles BEGIN INSERT INTO article_search (article_id, title, text) VALUES (new.id, new.title, new.text); INSERT INTO article_search_rows (article_id, search_rowid) VALUES (new.id, last_insert_rowid()); END;

CREATE TRIGGER article_search_changed AFTER UPDATE OF title, text ON articles BEGIN DELETE FROM article_search WHERE rowid = (SELECT search_rowid FROM article_search_rows WHERE article_id = old.id); INSERT INTO article_search (article_id, title, text) VALUES (new.id, new.title, new.text); UPDATE article_search_rows SET search_rowid = last_insert_rowid() WHERE article_id = new.id; END;

CREATE TRIGGER article_search_removed AFTER DELETE ON articles BEGIN DELETE FROM article_search WHERE rowid = (SELECT search_rowid FROM article_search_rows WHERE article_id = old.id); DELETE FROM article_search_rows WHERE article_id = old.id; END;

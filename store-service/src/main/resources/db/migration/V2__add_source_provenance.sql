-- Newsflow store schema, version 2: the source fields RawArticle v1 gained after it shipped. All are nullable:
-- rows stored before this version did not keep them, so they hold NULL and read back without these fields.
-- One column per ALTER TABLE: SQLite adds no more in one statement.

-- How ingest-service read the file: seed, json, front-matter or plain.
ALTER TABLE articles ADD COLUMN source_format VARCHAR(32);

-- The character set the file's bytes were decoded with.
ALTER TABLE articles ADD COLUMN source_encoding VARCHAR(32);

-- What ingest-service had to guess or leave out: a JSON array of the sentences in the event's order, NULL when
-- there are none. Always written and read whole with its article and never searched, so it needs no table of its
-- own; TEXT rather than a JSON type keeps this script the same on SQLite and PostgreSQL.
ALTER TABLE articles ADD COLUMN source_warnings TEXT;

-- The article's address on the web, as a JSON input file gave it.
ALTER TABLE articles ADD COLUMN source_url TEXT;

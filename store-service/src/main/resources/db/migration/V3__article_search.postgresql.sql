-- Newsflow store schema, version 3 on PostgreSQL: full-text search over every article's title and text.
-- A stored, generated tsvector (English stems; the title weighs more than the text) that PostgreSQL keeps in step
-- with every write of the row, and a GIN index over it.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(text, '')), 'B')) STORED;

CREATE INDEX articles_search ON articles USING GIN (search);

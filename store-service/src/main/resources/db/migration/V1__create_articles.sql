-- Newsflow store schema, version 1. Standard SQL that SQLite and PostgreSQL both run as written: SQLite keeps
-- DATE and TIMESTAMP values as ISO-8601 text, PostgreSQL as real dates and timestamps (see Dialect).
-- Statements end with a semicolon at the end of a line (the migration runner splits there).

-- One row per article id (the hash of its normalised text), with the event's raw fields and its lineage.
CREATE TABLE articles (
    id                VARCHAR(64)  NOT NULL PRIMARY KEY,
    schema_version    INTEGER      NOT NULL,
    published_date    DATE         NOT NULL,
    date_source       VARCHAR(32),
    title             TEXT,
    title_derived     BOOLEAN      NOT NULL,
    text              TEXT         NOT NULL,
    source_file_name  TEXT,
    source_path       TEXT,
    source_size_bytes BIGINT,
    source_sha256     VARCHAR(64),
    ingested_at       TIMESTAMP WITH TIME ZONE,
    raw_topic         VARCHAR(255),
    raw_partition     INTEGER,
    raw_offset        BIGINT,
    enricher          VARCHAR(255),
    enriched_at       TIMESTAMP WITH TIME ZONE,
    stored_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The article list is ordered newest first and filtered by date range.
CREATE INDEX articles_published ON articles (published_date, id);

-- An entity is shared by every article that names it, under its stable key (organization:nato).
CREATE TABLE entities (
    entity_key VARCHAR(255) NOT NULL PRIMARY KEY,
    name       TEXT         NOT NULL,
    type       VARCHAR(32)  NOT NULL
);
CREATE INDEX entities_type ON entities (type);
CREATE INDEX entities_name ON entities (lower(name));

-- Which entities an article names, in the event's order.
CREATE TABLE article_entities (
    article_id    VARCHAR(64)      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_key    VARCHAR(255)     NOT NULL REFERENCES entities (entity_key),
    ordinal       INTEGER          NOT NULL,
    mention_count INTEGER          NOT NULL,
    salience      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, entity_key)
);
CREATE INDEX article_entities_entity ON article_entities (entity_key);

-- Every place the text names an entity: [start_index, end_index) in Java String indices into articles.text.
CREATE TABLE entity_mentions (
    article_id  VARCHAR(64)  NOT NULL,
    entity_key  VARCHAR(255) NOT NULL,
    ordinal     INTEGER      NOT NULL,
    start_index INTEGER      NOT NULL,
    end_index   INTEGER      NOT NULL,
    text        TEXT         NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    PRIMARY KEY (article_id, entity_key, ordinal),
    FOREIGN KEY (article_id, entity_key) REFERENCES article_entities (article_id, entity_key) ON DELETE CASCADE
);

-- Date expressions with their ISO-8601 value resolved against the published date.
CREATE TABLE article_dates (
    article_id  VARCHAR(64) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal     INTEGER     NOT NULL,
    start_index INTEGER     NOT NULL,
    end_index   INTEGER     NOT NULL,
    text        TEXT        NOT NULL,
    type        VARCHAR(32) NOT NULL,
    value       VARCHAR(64) NOT NULL,
    relative    BOOLEAN     NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

-- The next offset to read per consumer group and partition, written in the same transaction as the rows it
-- covers: on assignment the consumer seeks here, so each record takes effect in the database exactly once.
CREATE TABLE consumer_offsets (
    group_id     VARCHAR(255) NOT NULL,
    topic        VARCHAR(255) NOT NULL,
    partition_no INTEGER      NOT NULL,
    next_offset  BIGINT       NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_id, topic, partition_no)
);

-- Newsflow store schema, version 4: each article's story, from news.stories.v1. Kept apart from articles because
-- an assignment may arrive before its article (the topics are read side by side) and changes on its own.
CREATE TABLE story_assignments (
    article_id      VARCHAR(64)      NOT NULL PRIMARY KEY,
    story_id        VARCHAR(64)      NOT NULL,
    nearest_earlier VARCHAR(64),
    similarity      DOUBLE PRECISION,
    ingested_at     TIMESTAMP WITH TIME ZONE,
    method          VARCHAR(64),
    assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
-- A story's articles, in the order they were ingested.
CREATE INDEX story_assignments_story ON story_assignments (story_id, ingested_at);

-- One row per story, kept in step with its assignments by the writer, so the newest stories list without a scan.
CREATE TABLE stories (
    story_id      VARCHAR(64) NOT NULL PRIMARY KEY,
    article_count INTEGER     NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE,
    last_updated  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX stories_last_updated ON stories (last_updated, story_id);
CREATE INDEX stories_size ON stories (article_count, last_updated);

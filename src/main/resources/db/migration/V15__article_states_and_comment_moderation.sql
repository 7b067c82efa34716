-- Articles get a publication time rather than a day, so one can be scheduled: an article is public
-- when it is published and its time has come, decided at query time on every instance. Existing
-- articles keep their day, at midnight UTC.
ALTER TABLE article ADD COLUMN publish_at TIMESTAMP;
UPDATE article SET publish_at = CAST(published_on AS TIMESTAMP);
ALTER TABLE article ALTER COLUMN publish_at SET NOT NULL;
DROP INDEX article_published_on_idx;
ALTER TABLE article DROP COLUMN published_on;
CREATE INDEX article_publish_at_idx ON article (published, publish_at);

-- A deleted article's address answers 410 Gone rather than 404, for as long as no new article
-- takes its slug.
CREATE TABLE article_tombstone (
    slug       VARCHAR(120) PRIMARY KEY,
    title      VARCHAR(200) NOT NULL,
    deleted_at TIMESTAMP    NOT NULL
);

-- Comments may wait for review: HELD until a moderator approves (VISIBLE) or hides (HIDDEN) them.
-- author_key is the unguessable part of the address where the author of a held comment sees it.
ALTER TABLE comment ADD COLUMN state VARCHAR(8) DEFAULT 'VISIBLE' NOT NULL;
UPDATE comment SET state = 'HIDDEN' WHERE hidden = TRUE;
DROP INDEX comment_article_idx;
ALTER TABLE comment DROP COLUMN hidden;
ALTER TABLE comment ADD COLUMN author_key VARCHAR(36);
ALTER TABLE comment ADD CONSTRAINT comment_author_key_uq UNIQUE (author_key);
CREATE INDEX comment_article_idx ON comment (article_id, state, created_at);
CREATE INDEX comment_state_idx ON comment (state, created_at);

-- The word count was stored with every rendering but never shown or read; the reading time is.
ALTER TABLE article DROP COLUMN word_count;

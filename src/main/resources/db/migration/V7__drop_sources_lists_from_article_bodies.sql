-- The article page lists each article's sources from article_source, with publisher, date and
-- licence; the seeded bodies ended with a hand-written copy of the same list. Cut that copy off
-- and clear the rendered HTML, which the site renders again from the shortened Markdown at start-up.
UPDATE article
SET body_markdown = SUBSTRING(body_markdown FROM 1 FOR POSITION('## Sources' IN body_markdown) - 1),
    body_html = NULL
WHERE POSITION('## Sources' IN body_markdown) > 0;

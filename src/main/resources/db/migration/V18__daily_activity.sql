-- Views are counted in memory and added to article.view_count in batches, so no row records when a
-- view happened. The same batch adds its views to the row of the day it is written (UTC), for the
-- dashboard's views per day. Hearts, comments and verdicts have rows with their own times.
CREATE TABLE article_daily_views (
    view_day DATE   NOT NULL PRIMARY KEY,
    views    BIGINT NOT NULL
);

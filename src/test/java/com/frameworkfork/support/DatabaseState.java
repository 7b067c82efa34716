package com.frameworkfork.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a request could change in the database except view counts (reading a page counts a
 * view on purpose), as one comparable value: equal snapshots mean nothing was written.
 */
public final class DatabaseState {

    private DatabaseState() {
    }

    public static Map<String, Object> snapshot(JdbcTemplate jdbc) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("articles", jdbc.queryForList(
                "SELECT id, slug, title, summary, category_id, published, publish_at, heart_count, "
                        + "LENGTH(body_markdown) AS body_length FROM article ORDER BY id"));
        state.put("article sources", jdbc.queryForList("SELECT * FROM article_source ORDER BY article_id, source_id"));
        state.put("hearts", jdbc.queryForList("SELECT article_id, visitor_id FROM article_heart ORDER BY article_id, visitor_id"));
        state.put("comments", jdbc.queryForList("SELECT id, article_id, author_name, body, state FROM comment ORDER BY id"));
        state.put("deleted articles", jdbc.queryForList("SELECT * FROM article_tombstone ORDER BY slug"));
        state.put("quizzes", jdbc.queryForList("SELECT id, answers, verdict_id FROM decision_quiz ORDER BY id"));
        state.put("verdicts", jdbc.queryForList("SELECT id FROM decision_verdict ORDER BY id"));
        state.put("settings", jdbc.queryForList("SELECT * FROM site_setting ORDER BY setting_name"));
        state.put("categories", jdbc.queryForList("SELECT * FROM category ORDER BY id"));
        state.put("sources", jdbc.queryForList("SELECT * FROM source ORDER BY id"));
        state.put("frameworks", jdbc.queryForList("SELECT * FROM framework ORDER BY id"));
        state.put("releases", jdbc.queryForList("SELECT * FROM framework_release ORDER BY id"));
        state.put("comparisons", jdbc.queryForList("SELECT * FROM comparison ORDER BY id"));
        state.put("comparison sections", jdbc.queryForList("SELECT * FROM comparison_section ORDER BY id"));
        state.put("criteria", jdbc.queryForList("SELECT * FROM criterion ORDER BY id"));
        state.put("values", jdbc.queryForList("SELECT * FROM criterion_value ORDER BY id"));
        state.put("notes", jdbc.queryForList("SELECT * FROM section_note ORDER BY id"));
        state.put("pros and cons", jdbc.queryForList("SELECT * FROM pro_con ORDER BY id"));
        return state;
    }
}

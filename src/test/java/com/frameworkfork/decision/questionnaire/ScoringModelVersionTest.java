package com.frameworkfork.decision.questionnaire;

import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After a new scoring model is published, verdicts made with the old one still show the old weights,
 * reasons and recommendation, while new verdicts use the new model.
 */
// Publishing a model changes what every later verdict is made with, so this class has a context and a
// database of its own (a property nothing reads tells it apart), closed when the class is done.
@SiteTest
@TestPropertySource(properties = "test.context=publishes-a-scoring-model")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ScoringModelVersionTest {

    private static final String OLD_VERDICT_ID = "oldVerdictMadeWithV1xx";
    private static final String ADMIN_ONLY = """
            {"answers": {"api": "no", "admin": "yes", "solo": "no", "team": "no", "growth": "no", "learning": "no"}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** Publishes a version 2 in which an admin interface counts only 1 for Django, as a later migration would. */
    @BeforeAll
    void publishVersionTwo() {
        jdbc.update("INSERT INTO scoring_model (version, either_below, clear_from, strong_from, published_on, note) "
                + "VALUES (2, 2, 3, 7, DATE '2027-01-01', 'Test model: the admin counts less.')");
        jdbc.update("INSERT INTO decision_question (model_version, question_key, position, prompt, help_text, "
                + "compare_anchor, article_slug, article_title, excludes_key, conflict_message) "
                + "SELECT 2, question_key, position, prompt, help_text, compare_anchor, article_slug, article_title, "
                + "excludes_key, conflict_message FROM decision_question WHERE model_version = 1");
        jdbc.update("INSERT INTO decision_answer_option (question_id, answer_value, label, position, favours, weight, "
                + "explanation, suggests_fastapi) "
                + "SELECT q2.id, o.answer_value, o.label, o.position, o.favours, "
                + "CASE WHEN q1.question_key = 'admin' AND o.answer_value = 'yes' THEN 1 ELSE o.weight END, "
                + "o.explanation, o.suggests_fastapi FROM decision_answer_option o "
                + "JOIN decision_question q1 ON q1.id = o.question_id AND q1.model_version = 1 "
                + "JOIN decision_question q2 ON q2.question_key = q1.question_key AND q2.model_version = 2");
        jdbc.update("INSERT INTO decision_verdict (id, model_version, answers_key, recommendation, django_score, "
                + "flask_score, created_at) VALUES (?, 1, 'api=no,admin=yes,solo=no,team=no,growth=no,learning=no', "
                + "'DJANGO', 3, 0, TIMESTAMP '2026-11-01 10:00:00')", OLD_VERDICT_ID);
    }

    @Test
    void anOldVerdictIsStillExplainedWithTheModelItWasMadeWith() throws Exception {
        mvc.perform(get("/api/v1/verdicts/" + OLD_VERDICT_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modelVersion").value(1))
                .andExpect(jsonPath("$.recommendation").value("DJANGO"))
                .andExpect(jsonPath("$.reasons[1].weight").value(versionOneAdminWeight()));
        mvc.perform(get("/verdict/" + OLD_VERDICT_ID))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-recommendation=\"DJANGO\"")))
                .andExpect(content().string(containsString("scoring model version 1")));
    }

    private int versionOneAdminWeight() {
        return jdbc.queryForObject("SELECT o.weight FROM decision_answer_option o JOIN decision_question q ON q.id = o.question_id "
                + "WHERE q.model_version = 1 AND q.question_key = 'admin' AND o.answer_value = 'yes'", Integer.class);
    }

    @Test
    void aNewVerdictUsesTheNewestModel() throws Exception {
        mvc.perform(post("/api/v1/verdicts").contentType(MediaType.APPLICATION_JSON).content(ADMIN_ONLY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.modelVersion").value(2))
                .andExpect(jsonPath("$.recommendation").value("EITHER"))
                .andExpect(jsonPath("$.reasons[1].weight").value(1));
    }
}

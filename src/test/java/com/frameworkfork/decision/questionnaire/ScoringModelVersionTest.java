package com.frameworkfork.decision.questionnaire;

import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A verdict made before model 2 was shipped (stored with model 1, as the site stored them) is still
 * explained with model 1 after model 2 became the published model, while new verdicts use model 2.
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoringModelVersionTest {

    private static final String OLD_VERDICT_ID = "oldVerdictMadeWithV1xx";
    private static final String ANSWERS = "api=no,admin=yes,solo=no,team=no,growth=no,learning=no";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Questionnaires questionnaires;

    @BeforeAll
    void aVerdictFromBeforeTheNewModel() {
        jdbc.update("INSERT INTO decision_verdict (id, model_version, answers_key, recommendation, django_score, "
                + "flask_score, created_at) VALUES (?, 1, ?, 'DJANGO', 3, 0, TIMESTAMP '2026-11-01 10:00:00')",
                OLD_VERDICT_ID, ANSWERS);
    }

    @Test
    void anOldVerdictIsStillExplainedWithTheModelItWasMadeWith() throws Exception {
        assertThat(questionnaires.current().version()).isNotEqualTo(1);
        Questionnaire first = questionnaires.version(1);
        int firstWeight = first.model().question("admin").orElseThrow().weightOf(Answer.YES).weight();
        String firstExplanation = first.model().question("admin").orElseThrow().weightOf(Answer.YES).explanation();

        mvc.perform(get("/api/v1/verdicts/" + OLD_VERDICT_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modelVersion").value(1))
                .andExpect(jsonPath("$.recommendation").value("DJANGO"))
                .andExpect(jsonPath("$.reasons[1].weight").value(firstWeight))
                .andExpect(jsonPath("$.reasons[1].explanation").value(firstExplanation));
        Document page = Jsoup.parse(mvc.perform(get("/verdict/" + OLD_VERDICT_ID)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("[data-testid=recommendation]").attr("data-recommendation")).isEqualTo("DJANGO");
        assertThat(page.selectFirst("[data-testid=reason][data-question=admin]").text()).contains(firstExplanation);
        assertThat(page.select("[data-testid=reason]")).hasSize(first.questions().size());
    }

    @Test
    void aNewVerdictUsesThePublishedModel() throws Exception {
        Questionnaire current = questionnaires.current();
        mvc.perform(post("/api/v1/verdicts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"answers": {"api": "no", "admin": "yes", "solo": "no", "team": "no", "growth": "no", "learning": "no"}}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.modelVersion").value(current.version()))
                .andExpect(jsonPath("$.reasons[1].weight")
                        .value(current.model().question("admin").orElseThrow().weightOf(Answer.YES).weight()));
    }
}

package com.frameworkfork.home;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.decision.questionnaire.Questionnaire;
import com.frameworkfork.decision.questionnaire.Questionnaires;
import com.frameworkfork.decision.scoring.Answer;
import com.frameworkfork.decision.scoring.AnswerWeight;
import com.frameworkfork.decision.scoring.Lean;
import com.frameworkfork.decision.scoring.QuestionWeights;
import com.frameworkfork.decision.scoring.ScoringModel;
import com.frameworkfork.support.Html;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The weights table is made from whichever model is published, not written into the page. */
@SpringBootTest
@AutoConfigureMockMvc
class AboutPageFollowsTheModelTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Questionnaires questionnaires;

    @Test
    void anotherPublishedModelGivesAnotherTable() throws Exception {
        Questionnaire other = new Questionnaire(
                new ScoringModel(9, List.of(question("deadline", Lean.DJANGO, 5), question("embedded", Lean.FLASK, 12)), 1, 4, 9),
                List.of(text("deadline", 1, "Is the deadline next week?"), text("embedded", 2, "Does it run on a device?")));
        given(questionnaires.current()).willReturn(other);

        Element table = Html.of(mvc.perform(get("/about")).andExpect(status().isOk())).selectFirst("[data-testid=weights-table]");

        assertThat(SitePagesTest.rows(table)).containsExactlyElementsOf(SitePagesTest.expectedRows(other));
        SitePagesTest.assertStrengthFollowsWeight(table);
        assertThat(table.closest("[data-testid=weights]").select("[data-testid=weights-model]").text()).contains("9");
    }

    private static QuestionWeights question(String key, Lean side, int weight) {
        Map<Answer, AnswerWeight> weights = new EnumMap<>(Answer.class);
        weights.put(Answer.YES, new AnswerWeight(side, weight, "yes", false));
        weights.put(Answer.NO, new AnswerWeight(Lean.NEITHER, 0, "no", false));
        weights.put(Answer.UNSURE, new AnswerWeight(Lean.NEITHER, 0, "unsure", false));
        return new QuestionWeights(key, null, weights);
    }

    private static Questionnaire.QuestionText text(String key, int number, String prompt) {
        return new Questionnaire.QuestionText(key, number, prompt, "Help.", "at-a-glance", "an-article", "An article",
                null, null, List.of(new Questionnaire.OptionText(Answer.YES, "Yes, " + key),
                new Questionnaire.OptionText(Answer.NO, "No"), new Questionnaire.OptionText(Answer.UNSURE, "Not sure")));
    }
}

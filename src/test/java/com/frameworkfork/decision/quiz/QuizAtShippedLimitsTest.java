package com.frameworkfork.decision.quiz;

import java.util.List;

import com.frameworkfork.support.Clients;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.ShippedLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The quiz's limits as the site ships them never hold up a real reader, however often they change their mind. */
@ShippedLimits
class QuizAtShippedLimitsTest {

    private static final String VERDICT = "/verdict/[A-Za-z0-9_-]{22}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReaderWhoTriesOtherAnswersAndFinishesAgainIsNeverHeldUp() throws Exception {
        RequestPostProcessor token = PageToken.reader(mvc);
        RequestPostProcessor reader = Clients.from("198.51.100.200");
        List<String> keys = jdbc.queryForList("SELECT question_key FROM decision_question WHERE model_version = "
                + "(SELECT MAX(version) FROM scoring_model) ORDER BY position", String.class);
        for (int quiz = 0; quiz < 3; quiz++) {
            String first = redirect(mvc.perform(post("/decide").with(token).with(reader)).andReturn());
            String step = first;
            for (int i = 0; i < keys.size() - 1; i++) {
                step = redirect(mvc.perform(post(step).with(token).with(reader).param("answer", i % 2 == 0 ? "no" : "unsure"))
                        .andReturn());
            }
            String lastQuestion = step;
            for (String last : List.of("yes", "no", "unsure", "yes")) {
                assertThat(redirect(mvc.perform(post(lastQuestion).with(token).with(reader).param("answer", last)).andReturn()))
                        .matches(VERDICT);
            }
            // Back to the first question to change it, then on to the end again.
            assertThat(redirect(mvc.perform(post(first).with(token).with(reader).param("answer", "unsure")).andReturn()))
                    .endsWith("/" + keys.get(1));
            assertThat(redirect(mvc.perform(post(lastQuestion).with(token).with(reader).param("answer", "no")).andReturn()))
                    .matches(VERDICT);
        }
    }

    private static String redirect(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as("answer to %s", result.getRequest().getRequestURI()).isEqualTo(303);
        return result.getResponse().getHeader(HttpHeaders.LOCATION);
    }
}

package com.frameworkfork.decision.questionnaire;

import java.util.List;
import java.util.Map;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article a quiz question links to is not offered for deletion: the confirmation names every
 * question that links to it, in every model version, so the editor knows what to change first.
 * Only pages are read, so the shared application is left as it was.
 */
@SiteTest
class QuestionArticleLinksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deletingAnArticleAQuestionLinksToIsRefusedNamingEachQuestion() throws Exception {
        List<Map<String, Object>> linked = jdbc.queryForList("SELECT article_id, prompt, model_version "
                + "FROM decision_question WHERE article_id IS NOT NULL ORDER BY article_id");
        assertThat(linked).as("the shipped questionnaire links questions to articles").isNotEmpty();
        Object article = linked.get(0).get("article_id");

        Document confirm = Html.of(mvc.perform(get("/admin/articles/{id}/delete", article).with(Admin.admin()))
                .andExpect(status().isOk()));

        String refusal = confirm.select("[data-testid=delete-refused]").text();
        assertThat(confirm.select("form[action=/admin/articles/" + article + "/delete]")).isEmpty();
        linked.stream().filter(row -> row.get("article_id").equals(article)).forEach(row -> assertThat(refusal)
                .contains((String) row.get("prompt")).contains("version " + row.get("model_version")));
    }
}

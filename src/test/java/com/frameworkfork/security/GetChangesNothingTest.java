package com.frameworkfork.security;

import java.util.List;
import java.util.Map;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.DatabaseState;
import com.frameworkfork.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A GET or HEAD to any state-changing route, with the form's fields in the query string and as
 * the admin, answers 405 or a page and writes nothing.
 */
@SpringBootTest(properties = Admin.PASSWORD_PROPERTY)
@AutoConfigureMockMvc
class GetChangesNothingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;


    @Test
    void getAndHeadToEveryPostRouteChangeNothing() throws Exception {
        long articleId = TestArticles.create(mvc, "get-target");
        mvc.perform(post("/articles/get-target/comments").with(csrf()).with(Clients.fresh())
                .param("name", "Ada").param("body", "Still here"));
        long commentId = jdbc.queryForObject("SELECT MAX(id) FROM comment", Long.class);
        String quizPath = mvc.perform(post("/decide").with(csrf())).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/corrections").with(csrf()).with(Clients.fresh())
                .param("page", "articles/get-target").param("problem", "Still open"));
        long suggestionId = jdbc.queryForObject("SELECT MAX(id) FROM correction_suggestion", Long.class);

        Map<String, Map<String, String>> routes = Map.ofEntries(
                Map.entry("/articles/get-target/hearts", Map.of()),
                Map.entry("/articles/get-target/comments", Map.of("name", "Eve", "body", "Posted by a GET")),
                Map.entry("/decide", Map.of()),
                Map.entry(quizPath, Map.of("answer", "yes")),
                Map.entry("/admin/articles", Map.of("slug", "made-by-get", "title", "T", "summary", "S", "categorySlug",
                        "guides", "publishedOn", "2026-06-03", "bodyMarkdown", "B", "sourceCodes", "S1", "state", "published",
                        "action", "save")),
                Map.entry("/admin/articles/" + articleId, Map.of("title", "Changed by a GET", "action", "save")),
                Map.entry("/admin/articles/" + articleId + "/publication", Map.of("published", "false")),
                Map.entry("/admin/articles/" + articleId + "/delete", Map.of()),
                Map.entry("/admin/comments/" + commentId + "/visibility", Map.of("hidden", "true")),
                Map.entry("/admin/comments/" + commentId + "/delete", Map.of("confirmed", "true")),
                Map.entry("/admin/comments/bulk", Map.of("ids", Long.toString(commentId), "action", "delete",
                        "confirmed", "true")),
                Map.entry("/admin/maintenance", Map.of("enabled", "true")),
                Map.entry("/corrections", Map.of("page", "articles/get-target", "problem", "Sent by a GET")),
                Map.entry("/admin/corrections/" + suggestionId + "/state", Map.of("done", "true")),
                Map.entry("/admin/corrections/bulk", Map.of("ids", Long.toString(suggestionId), "action", "done")));
        List<String> extra = List.of("/api/v1/verdicts", "/logout", "/login");

        Map<String, Object> before = DatabaseState.snapshot(jdbc);
        for (Map.Entry<String, Map<String, String>> route : routes.entrySet()) {
            for (MockHttpServletRequestBuilder request : List.of(get(route.getKey()), head(route.getKey()))) {
                route.getValue().forEach(request::param);
                int status = mvc.perform(request.with(Admin.admin()).with(Clients.fresh())).andReturn().getResponse().getStatus();
                assertThat(status).as(route.getKey()).isIn(200, 302, 404, 405);
            }
        }
        for (String path : extra) {
            int status = mvc.perform(get(path).with(Admin.admin())).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(200, 302, 404, 405);
        }
        assertThat(DatabaseState.snapshot(jdbc)).isEqualTo(before);
    }
}

package com.frameworkfork.security;

import java.util.LinkedHashMap;
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

        String draft = mvc.perform(post("/admin/questionnaire/drafts").with(Admin.admin()).with(csrf())).andReturn()
                .getResponse().getRedirectedUrl().replaceAll("\\?.*", "");

        Map<String, Map<String, String>> routes = new LinkedHashMap<>(Map.of(
                "/articles/get-target/hearts", Map.of(),
                "/articles/get-target/comments", Map.of("name", "Eve", "body", "Posted by a GET"),
                "/decide", Map.of(),
                quizPath, Map.of("answer", "yes"),
                "/admin/articles", Map.of("slug", "made-by-get", "title", "T", "summary", "S", "categorySlug", "guides",
                        "publishedOn", "2026-06-03", "bodyMarkdown", "B", "sourceCodes", "S1", "action", "save"),
                "/admin/articles/" + articleId, Map.of("title", "Changed by a GET", "action", "save"),
                "/admin/articles/" + articleId + "/publication", Map.of("published", "false"),
                "/admin/comments/" + commentId + "/visibility", Map.of("hidden", "true"),
                "/admin/comments/" + commentId + "/delete", Map.of(),
                "/admin/maintenance", Map.of("enabled", "true")));
        routes.put("/admin/questionnaire/drafts", Map.of());
        routes.put(draft + "/settings", Map.of("eitherBelow", "1", "clearFrom", "2", "strongFrom", "3", "note", "By a GET"));
        routes.put(draft + "/questions/api", Map.of("prompt", "Changed by a GET?"));
        routes.put(draft + "/third-options/new", Map.of("framework", "fastapi", "when", "api=yes", "heading", "H",
                "text", "T", "sourceCodes", "S1"));
        routes.put(draft + "/packages/1", Map.of("action", "remove"));
        routes.put(draft + "/publish", Map.of("confirm", "yes"));
        routes.put(draft + "/delete", Map.of("confirm", "yes"));
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

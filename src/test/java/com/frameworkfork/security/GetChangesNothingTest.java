package com.frameworkfork.security;

import java.util.List;
import java.util.Map;

import com.frameworkfork.content.ContentRecords;
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

        String sourcePath = mvc.perform(post("/admin/sources").with(Admin.admin()).with(csrf())
                        .param("code", "get-target").param("label", "Get target").param("title", "Title")
                        .param("publisher", "Publisher").param("published", "2026-06-03").param("kind", "primary"))
                .andReturn().getResponse().getRedirectedUrl().replace("/edit?saved", "");

        long heldBack = heldBackUpdateOf("get-target");

        Map<String, Map<String, String>> routes = Map.ofEntries(
                Map.entry("/articles/get-target/hearts", Map.of()),
                Map.entry("/articles/get-target/comments", Map.of("name", "Eve", "body", "Posted by a GET")),
                Map.entry("/decide", Map.of()),
                Map.entry(quizPath, Map.of("answer", "yes")),
                Map.entry("/admin/articles", Map.of("slug", "made-by-get", "title", "T", "summary", "S",
                        "categorySlug", "guides", "publishedOn", "2026-06-03", "bodyMarkdown", "B", "sourceCodes", "S1",
                        "action", "save")),
                Map.entry("/admin/articles/" + articleId, Map.of("title", "Changed by a GET", "action", "save")),
                Map.entry("/admin/articles/" + articleId + "/publication", Map.of("published", "false")),
                Map.entry("/admin/comments/" + commentId + "/visibility", Map.of("hidden", "true")),
                Map.entry("/admin/comments/" + commentId + "/delete", Map.of()),
                Map.entry("/admin/maintenance", Map.of("enabled", "true")),
                Map.entry("/admin/sources", Map.of("code", "made-by-get", "label", "Made by a GET", "title", "T",
                        "publisher", "P", "published", "2026-06-03", "kind", "primary")),
                Map.entry(sourcePath, Map.of("label", "Changed by a GET")),
                Map.entry(sourcePath + "/delete", Map.of()),
                Map.entry("/admin/content/" + heldBack + "/shipped", Map.of()),
                Map.entry("/admin/content/" + heldBack + "/current", Map.of()));
        List<String> extra = List.of("/api/v1/verdicts", "/logout", "/login");

        Map<String, Object> before = DatabaseState.snapshot(jdbc);
        List<Map<String, Object>> contentBefore = contentTables();
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
        assertThat(contentTables()).isEqualTo(contentBefore);
    }

    private List<Map<String, Object>> contentTables() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(
                jdbc.queryForList("SELECT * FROM content_conflict ORDER BY id"));
        rows.addAll(jdbc.queryForList("SELECT * FROM content_revision ORDER BY kind, content_key"));
        return rows;
    }

    /** A shipped update of this source held back for the editor, as the importer records one. */
    private long heldBackUpdateOf(String code) {
        Map<String, Object> shipped = Map.of("code", code, "label", "Shipped label", "publisher", "Publisher",
                "published", "2026-06-03", "kind", "primary", "title", "A shipped title");
        jdbc.update("INSERT INTO content_conflict (kind, content_key, shipped_hash, shipped_version, current_version, "
                        + "detected_at) VALUES ('source', ?, ?, ?, NULL, CURRENT_TIMESTAMP)", code,
                ContentRecords.hash(shipped), ContentRecords.json(shipped));
        return jdbc.queryForObject("SELECT id FROM content_conflict WHERE kind = 'source' AND content_key = ?", Long.class, code);
    }
}

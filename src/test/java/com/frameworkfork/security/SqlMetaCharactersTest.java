package com.frameworkfork.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * SQL meta-characters through every parameter the site reads: each answer is a page or a 4xx,
 * never a 500, and the tables are all still there with the same rows afterwards.
 */
@SiteTest
class SqlMetaCharactersTest {

    static final List<String> META = List.of("'", "\"", ";", "--", "/*", "*/", "%", "_", "\\", "' OR '1'='1",
            "\" OR \"1\"=\"1", "1; DROP TABLE article", "1'; DROP TABLE article; --", "%' --", "guides' UNION SELECT NULL --",
            "') OR ('a'='a", "0x27", "\u0000", "%00", "' OR 1=1 LIMIT 1 --");

    private static final List<String> TABLES = List.of("article", "category", "source", "article_source", "comment",
            "decision_quiz", "decision_verdict", "decision_question", "scoring_model", "site_setting");

    @Autowired
    MockMvc mvc;

    /** A reader's CSRF token and cookie, as a page hands them out. */
    private RequestPostProcessor token;

    /** The admin's identity and the token of a back-office page. */
    private RequestPostProcessor asAdmin;

    @BeforeEach
    void takeTokens() throws Exception {
        token = PageToken.reader(mvc);
        asAdmin = PageToken.asAdmin(mvc);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyParameterTakesMetaCharactersWithoutAServerError() throws Exception {
        TestArticles.create(mvc, "sql-target");
        String quizPath = mvc.perform(post("/decide").with(token)).andReturn().getResponse().getRedirectedUrl();
        String quizId = quizPath.split("/")[2];
        Map<String, Long> before = rowCounts();

        for (String meta : META) {
            answered(get("/articles/{slug}", meta));
            answered(get("/articles").param("category", meta));
            answered(get("/search").param("q", meta));
            answered(get("/compare/{slug}", meta));
            answered(get("/decide/{quizId}/{key}", meta, "api"));
            answered(get("/decide/{quizId}/{key}", quizId, meta));
            answered(post("/decide/{quizId}/{key}", meta, "api").with(token).param("answer", "yes"));
            answered(post("/decide/{quizId}/{key}", quizId, meta).with(token).param("answer", "yes"));
            answered(post("/decide/{quizId}/{key}", quizId, "api").with(token).param("answer", meta));
            answered(get("/verdict/{id}", meta));
            answered(get("/verdict/{id}.md", meta));
            answered(get("/api/v1/verdicts/{id}", meta));
            answered(post("/api/v1/verdicts").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"answers\": {\"api\": " + json(meta) + ", " + json(meta) + ": \"yes\"}}"));
            answered(post("/articles/{slug}/comments", meta).with(token).with(Clients.fresh()).param("name", "A").param("body", "B"));
            answered(post("/articles/{slug}/hearts", meta).with(token).with(Clients.fresh()));
            answered(post("/articles/sql-target/comments").with(token).with(Clients.fresh()).param("name", meta).param("body", meta));
            answered(get("/admin/articles/{id}/edit", meta).with(Admin.admin()));
            answered(post("/admin/comments/{id}/delete", meta).with(asAdmin));
            answered(post("/admin/maintenance").with(asAdmin).param("enabled", meta));
        }

        Map<String, Long> after = rowCounts();
        assertThat(after.get("comment")).as("only the comments posted on sql-target were added")
                .isGreaterThanOrEqualTo(before.get("comment"));
        after.keySet().stream().filter(table -> !List.of("comment", "decision_quiz", "decision_verdict").contains(table))
                .forEach(table -> assertThat(after.get(table)).as(table).isEqualTo(before.get(table)));
        assertThat(jdbc.queryForObject("SELECT setting_value FROM site_setting WHERE setting_name = 'maintenance.enabled'",
                String.class)).isEqualTo("false");
    }

    /** Queries are built with parameters only: no JPQL or SQL string is glued together from pieces in main code. */
    @Test
    void noQueryIsBuiltByConcatenation() throws IOException {
        Pattern concatenatedQuery = Pattern.compile(
                "(createQuery|createNativeQuery|@Query|jdbc\\w*\\.(query|update|execute)\\w*)\\s*\\(\\s*(value\\s*=\\s*)?\"[^\"]*\"\\s*\\+");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> javaFiles = sources.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(javaFiles).isNotEmpty();
            for (Path file : javaFiles) {
                String code = Files.readString(file).replaceAll("\"\\s*\\+\\s*\"", "");
                assertThat(concatenatedQuery.matcher(code).find()).as(file.toString()).isFalse();
            }
        }
    }

    private void answered(MockHttpServletRequestBuilder request) throws Exception {
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).as(request.toString()).isBetween(200, 499);
    }

    private Map<String, Long> rowCounts() {
        return TABLES.stream().collect(Collectors.toMap(table -> table,
                table -> jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}

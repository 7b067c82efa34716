package com.frameworkfork.security;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import com.frameworkfork.account.AccountService;
import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every state-changing route refuses a POST without the CSRF token (403, nothing written) and
 * accepts it with one. The routes are read from the application's own mappings, so a new POST
 * route without a case here fails the test.
 */
@SpringBootTest(properties = Admin.PASSWORD_PROPERTY)
@AutoConfigureMockMvc
class CsrfCoverageTest {

    private static final String VERDICT_JSON = """
            {"answers": {"api": "yes", "admin": "no", "solo": "yes", "team": "no", "growth": "no", "learning": "unsure"}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;


    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    private final Set<String> covered = new TreeSet<>();

    @Test
    void everyPostRouteNeedsTheToken() throws Exception {
        long articleId = TestArticles.create(mvc, "csrf-target");
        mvc.perform(post("/articles/csrf-target/comments").with(csrf()).with(Clients.fresh())
                .param("name", "Ada").param("body", "A comment to moderate")).andExpect(status().isSeeOther());
        long commentId = jdbc.queryForObject("SELECT MAX(id) FROM comment WHERE article_id = ?", Long.class, articleId);
        String quizPath = mvc.perform(post("/decide").with(csrf())).andReturn().getResponse().getRedirectedUrl();

        protectedRoute("POST /articles/{slug}/hearts", () -> post("/articles/csrf-target/hearts").with(Clients.fresh()),
                () -> jdbc.queryForObject("SELECT heart_count FROM article WHERE id = ?", Long.class, articleId));
        protectedRoute("POST /articles/{slug}/comments", () -> post("/articles/csrf-target/comments").with(Clients.fresh())
                        .param("name", "Grace").param("body", "Another comment"),
                () -> count("comment"));
        protectedRoute("POST /decide", () -> post("/decide"), () -> count("decision_quiz"));
        protectedRoute("POST /decide/{quizId}/{key}", () -> post(quizPath).param("answer", "yes"),
                () -> jdbc.queryForObject("SELECT answers FROM decision_quiz WHERE id = ?", String.class,
                        quizPath.split("/")[2]));
        protectedRoute("POST /admin/articles", () -> adminForm(post("/admin/articles"), "csrf-created"),
                () -> count("article"));
        protectedRoute("POST /admin/articles/{id}", () -> adminForm(post("/admin/articles/{id}", articleId), "csrf-target")
                        .param("title", "A retitled article"),
                () -> jdbc.queryForObject("SELECT title FROM article WHERE id = ?", String.class, articleId));
        long firstVersion = jdbc.queryForObject("SELECT MIN(rev) FROM article_aud WHERE id = ?", Long.class, articleId);
        protectedRoute("POST /admin/history/{kind}/{id}/versions/{revision}/restore",
                () -> post("/admin/history/article/{id}/versions/{revision}/restore", articleId, firstVersion).with(Admin.admin()),
                () -> jdbc.queryForObject("SELECT title FROM article WHERE id = ?", String.class, articleId));
        protectedRoute("POST /admin/articles/{id}/publication", () -> post("/admin/articles/{id}/publication", articleId)
                        .with(Admin.admin()).param("published", "false"),
                () -> jdbc.queryForObject("SELECT published FROM article WHERE id = ?", Boolean.class, articleId));
        protectedRoute("POST /admin/comments/{id}/visibility", () -> post("/admin/comments/{id}/visibility", commentId)
                        .with(Admin.admin()).param("hidden", "true"),
                () -> jdbc.queryForObject("SELECT hidden FROM comment WHERE id = ?", Boolean.class, commentId));
        protectedRoute("POST /admin/comments/{id}/delete", () -> post("/admin/comments/{id}/delete", commentId)
                        .with(Admin.admin()),
                () -> count("comment"));
        protectedRoute("POST /admin/maintenance", () -> post("/admin/maintenance").with(Admin.admin()).param("enabled", "true"),
                () -> jdbc.queryForObject("SELECT setting_value FROM site_setting WHERE setting_name = 'maintenance.enabled'",
                        String.class));
        mvc.perform(post("/admin/maintenance").with(Admin.admin()).with(csrf()).param("enabled", "false"));
        AccountService.Creation target = accounts.create("csrf-target", "EDITOR", "test");
        long accountId = target.id();
        protectedRoute("POST /account/setup/{token}", () -> post("/account/setup/{token}", target.setupToken())
                        .param("password", "a-long-csrf-passphrase").param("repeated", "a-long-csrf-passphrase"),
                () -> jdbc.queryForObject("SELECT password_hash FROM account WHERE id = ?", String.class, accountId));
        protectedRoute("POST /admin/password", () -> post("/admin/password").with(user("csrf-target").roles("EDITOR"))
                        .param("current", "a-long-csrf-passphrase").param("password", "another-long-csrf-passphrase")
                        .param("repeated", "another-long-csrf-passphrase"),
                () -> jdbc.queryForObject("SELECT password_hash FROM account WHERE id = ?", String.class, accountId));
        protectedRoute("POST /admin/accounts", () -> post("/admin/accounts").with(Admin.admin())
                .param("username", "csrf-created").param("role", "EDITOR"), () -> count("account"));
        protectedRoute("POST /admin/accounts/{id}/role", () -> post("/admin/accounts/{id}/role", accountId)
                        .with(Admin.admin()).param("role", "MODERATOR"),
                () -> jdbc.queryForObject("SELECT role FROM account WHERE id = ?", String.class, accountId));
        protectedRoute("POST /admin/accounts/{id}/enabled", () -> post("/admin/accounts/{id}/enabled", accountId)
                        .with(Admin.admin()).param("enabled", "false"),
                () -> jdbc.queryForObject("SELECT enabled FROM account WHERE id = ?", Boolean.class, accountId));
        protectedRoute("POST /admin/accounts/{id}/link", () -> post("/admin/accounts/{id}/link", accountId).with(Admin.admin()),
                () -> jdbc.queryForObject("SELECT setup_token_hash FROM account WHERE id = ?", String.class, accountId));

        long verdicts = count("decision_verdict");
        mvc.perform(post("/api/v1/verdicts").contentType(MediaType.APPLICATION_JSON).content(VERDICT_JSON))
                .andExpect(status().isCreated());
        assertThat(count("decision_verdict")).as("the cookie-less JSON API is exempt").isEqualTo(verdicts + 1);
        covered.add("POST /api/v1/verdicts");

        assertThat(covered).containsExactlyInAnyOrderElementsOf(postRoutes());
    }

    @Test
    void signingInNeedsTheToken() throws Exception {
        mvc.perform(post("/login").with(Clients.fresh()).param("username", Admin.USERNAME).param("password", Admin.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(post("/login").with(csrf()).with(Clients.fresh())
                        .param("username", Admin.USERNAME).param("password", Admin.PASSWORD))
                .andExpect(status().isFound())
                .andExpect(authenticated());
    }

    @Test
    void signingOutNeedsTheToken() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf()).with(Clients.fresh())
                        .param("username", Admin.USERNAME).param("password", Admin.PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().isFound());
        mvc.perform(get("/admin").session(session)).andExpect(status().isFound());
    }

    private void protectedRoute(String route, Supplier<MockHttpServletRequestBuilder> request, Callable<Object> state)
            throws Exception {
        Object before = state.call();
        mvc.perform(request.get()).andExpect(status().isForbidden());
        assertThat(state.call()).as(route + " without a token changes nothing").isEqualTo(before);

        int withToken = mvc.perform(request.get().with(csrf())).andReturn().getResponse().getStatus();
        assertThat(withToken).as(route + " with a token").isBetween(200, 399);
        assertThat(state.call()).as(route + " with a token does its work").isNotEqualTo(before);
        covered.add(route);
    }

    private static MockHttpServletRequestBuilder adminForm(MockHttpServletRequestBuilder request, String slug) {
        return request.with(Admin.admin())
                .param("slug", slug).param("title", "Title of " + slug).param("summary", "Summary.")
                .param("categorySlug", "guides").param("publishedOn", "2026-06-03")
                .param("bodyMarkdown", "Body.").param("sourceCodes", "S1").param("published", "true");
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private Set<String> postRoutes() {
        Set<String> routes = new TreeSet<>();
        // The site's own controllers; Boot's error controller accepts any method but only renders a page.
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean ours = handler.getBeanType().getPackageName().startsWith("com.frameworkfork");
            if (ours && (methods.isEmpty() || methods.contains(RequestMethod.POST))) {
                info.getPatternValues().forEach(pattern -> routes.add("POST " + pattern));
            }
        });
        return routes;
    }
}

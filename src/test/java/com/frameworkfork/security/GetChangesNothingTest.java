package com.frameworkfork.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.frameworkfork.account.AccountService;
import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.DatabaseState;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A GET or HEAD to any state-changing route, with every field its forms send in the query string and
 * as the admin, answers 405, or the page that address shows, and writes nothing. The routes are read
 * from the application's own mappings, as {@link CsrfCoverageTest} reads them, so a new POST route is
 * covered without anyone adding it here.
 */
@SiteTest
class GetChangesNothingTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Every field any of the site's forms sends, so a GET cannot do by accident what the POST does on purpose. */
    private static final Map<String, String> EVERY_FORM_FIELD = Map.ofEntries(
            Map.entry("name", "Eve"), Map.entry("body", "Posted by a GET"), Map.entry("website", ""),
            Map.entry("answer", "yes"), Map.entry("slug", "made-by-a-get"), Map.entry("title", "Changed by a GET"),
            Map.entry("summary", "S"), Map.entry("categorySlug", "guides"), Map.entry("publishedOn", "2026-06-03"),
            Map.entry("bodyMarkdown", "B"), Map.entry("sourceCodes", "S1"), Map.entry("action", "save"),
            Map.entry("published", "false"), Map.entry("hidden", "true"), Map.entry("enabled", "true"),
            Map.entry("username", Admin.USERNAME), Map.entry("password", Admin.PASSWORD), Map.entry("state", "published"),
            Map.entry("confirmed", "true"), Map.entry("ids", "1"), Map.entry("code", "made-by-a-get"), Map.entry("kind", "primary"));

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void getAndHeadToEveryPostRouteChangeNothing() throws Exception {
        RequestPostProcessor token = PageToken.reader(mvc);
        long articleId = TestArticles.create(mvc, "get-target");
        mvc.perform(post("/articles/get-target/comments").with(token).with(Clients.fresh())
                .param("name", "Ada").param("body", "Still here"));
        long commentId = jdbc.queryForObject("SELECT MAX(id) FROM comment WHERE article_id = ?", Long.class, articleId);
        String quizPath = mvc.perform(post("/decide").with(token)).andReturn().getResponse().getRedirectedUrl();
        Map<String, String> values = new HashMap<>(Map.of("slug", "get-target", "id", Long.toString(articleId),
                "quizId", quizPath.split("/")[2], "key", quizPath.split("/")[3], "token", accounts.create("get-target", "EDITOR", "test").setupToken()));
        long firstVersion = jdbc.queryForObject("SELECT MIN(rev) FROM article_aud WHERE id = ?", Long.class, articleId);
        Set<String> pages = routes(RequestMethod.GET);
        long sourceId = jdbc.queryForObject("SELECT MIN(id) FROM source", Long.class);
        String draft = mvc.perform(post("/admin/questionnaire/drafts").with(PageToken.asAdmin(mvc))).andReturn()
                .getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        Map<String, String> draftValues = Map.of("version:[0-9]+", draft.substring(draft.lastIndexOf('/') + 1),
                "key", "api", "item", "new");

        Map<String, Object> before = DatabaseState.snapshot(jdbc);
        List<Map<String, Object>> contentBefore = contentTables();
        Set<String> postRoutes = routes(RequestMethod.POST);
        assertThat(postRoutes).isNotEmpty();
        for (String route : postRoutes) {
            String path = fill(route, route.startsWith("/admin/comments/") ? Map.of("id", Long.toString(commentId))
                    : route.startsWith("/admin/comparisons/") ? Map.of("slug", "django-vs-flask", "segment", "criteria", "key", "dvf-kind")
                    : route.startsWith("/admin/frameworks/") ? Map.of("slug", "django")
                    : route.startsWith("/admin/sources/") ? Map.of("id", Long.toString(sourceId))
                    : route.startsWith("/admin/questionnaire/") ? draftValues
                    : route.startsWith("/admin/history/") ? Map.of("kind", "article", "id", Long.toString(articleId),
                            "revision", Long.toString(firstVersion))
                    : values);
            int expected = pages.contains(route) ? 200 : 405;
            for (String method : List.of("GET", "HEAD")) {
                MockHttpServletRequestBuilder request = method.equals("GET") ? get(path) : head(path);
                EVERY_FORM_FIELD.forEach(request::param);
                int status = mvc.perform(request.with(Admin.admin()).with(Clients.fresh())).andReturn().getResponse().getStatus();
                assertThat(status).as("%s %s", method, route).isEqualTo(expected);
            }
        }
        // Sign-in and sign-out are Spring Security's: a GET shows the sign-in page, and there is nothing at /logout to GET.
        assertThat(mvc.perform(get("/login").params(asParams(EVERY_FORM_FIELD)).with(Clients.fresh())).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/logout").with(Admin.admin())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(DatabaseState.snapshot(jdbc)).isEqualTo(before);
        assertThat(contentTables()).isEqualTo(contentBefore);
    }

    private List<Map<String, Object>> contentTables() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(
                jdbc.queryForList("SELECT * FROM content_conflict ORDER BY id"));
        rows.addAll(jdbc.queryForList("SELECT * FROM content_revision ORDER BY kind, content_key"));
        return rows;
    }


    private static MultiValueMap<String, String> asParams(Map<String, String> fields) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        fields.forEach(params::add);
        return params;
    }

    /** The site's own routes that take this method; Boot's error controller accepts any method but only renders a page. */
    private Set<String> routes(RequestMethod method) {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean ours = handler.getBeanType().getPackageName().startsWith("com.frameworkfork");
            if (ours && (methods.isEmpty() || methods.contains(method))) {
                routes.addAll(info.getPatternValues());
            }
        });
        return routes;
    }

    private static String fill(String route, Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(route);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = values.get(variable.group(1));
            if (value == null) {
                throw new AssertionError("No value for {" + variable.group(1) + "} in " + route + ": add one to the test");
            }
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }
}

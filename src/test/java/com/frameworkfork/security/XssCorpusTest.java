package com.frameworkfork.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every payload of the corpus goes through every text input a reader or the admin can fill in,
 * and every page that shows it back, both the immediate answer (a validation error re-renders the
 * form) and the stored result. Each page must come back inert: only the site's own external
 * scripts, no event-handler attributes, no script-like URLs, no elements the payload smuggled in,
 * and template expressions shown as typed rather than evaluated.
 */
@SiteTest
class XssCorpusTest {

    private static List<String> payloads;
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** What template evaluation of the corpus's expressions would print. */
    private static final List<String> EVALUATED = List.of("1787569", "1337000");

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

    @BeforeAll
    static void loadCorpus() throws IOException {
        try (InputStream in = XssCorpusTest.class.getResourceAsStream("/security/xss-payloads.txt")) {
            payloads = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.replace("\\n", "\n"))
                    .toList();
        }
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void commentNameAndBodyComeBackInert() throws Exception {
        String slug = createArticle("xss-comments", "Plain title", "Plain summary.", "Plain body.");
        Baseline baseline = baseline("/articles/" + slug);
        for (String payload : payloads) {
            inert(postComment(slug, payload, ""), payload, baseline, "comment name, empty body (re-rendered form)");
            inert(postComment(slug, "Ada", payload), payload, baseline, "comment body");
            inert(postComment(slug, payload, "A fine comment."), payload, baseline, "comment name");
        }
        MockHttpServletResponse everyComment = page(get("/articles/" + slug));
        inert(everyComment, null, baseline, "article page with every comment");
        assertThat(everyComment.getContentAsString()).as("a template expression in a stored comment, shown as typed")
                .contains("${7*7}");
        inert(page(get("/admin/comments").with(Admin.admin())), null, baseline("/admin/comments"), "admin comments list");
    }

    @Test
    void searchComesBackInert() throws Exception {
        Baseline baseline = baseline("/search?q=django");
        for (String payload : payloads) {
            inert(page(get("/search").param("q", payload)), payload, baseline, "search q");
        }
    }

    @Test
    void adminArticleFieldsComeBackInertInTheFormAndOnEveryPage() throws Exception {
        Baseline form = baseline("/admin/articles/new");
        Baseline article = baseline("/articles/" + createArticle("xss-baseline", "Plain", "Plain.", "Plain."));
        for (String payload : payloads) {
            inert(page(articleForm(payload, payload, payload, payload).param("action", "save")), payload, form,
                    "slug, title, summary and body (validation error)");
            inert(page(articleForm("xss-preview", payload, payload, payload).param("action", "preview")), payload, form,
                    "Markdown preview");

            String slug = createArticle("xss-" + NEXT.incrementAndGet(), payload, payload, payload);
            inert(page(get("/articles/" + slug)), payload, article, "stored article");
        }
        inert(page(get("/admin/articles").with(Admin.admin())), null, baseline("/admin/articles"), "admin article list");
        inert(page(get("/articles")), null, baseline("/articles"), "article list");
        inert(page(get("/search").param("q", "alert")), null, baseline("/search?q=django"), "search over stored payloads");
        inert(page(get("/")), null, baseline("/"), "home page");
    }

    /**
     * The answer to a comment: the form shown again when it is refused. A stored comment is checked on
     * the article page at the end, which then holds every one of them.
     */
    private MockHttpServletResponse postComment(String slug, String name, String body) throws Exception {
        MockHttpServletResponse response = page(post("/articles/{slug}/comments", slug).with(token).with(Clients.fresh())
                .param("name", name).param("body", body));
        // A comment with a link waits for review, and only its author's page shows it: that page is checked too.
        return response.getStatus() == 303 ? page(get(URI.create(response.getRedirectedUrl()).getPath())) : response;
    }

    private MockHttpServletRequestBuilder articleForm(String slug, String title, String summary, String body) {
        return post("/admin/articles").with(asAdmin)
                .param("slug", slug).param("title", title).param("summary", summary)
                .param("categorySlug", "guides").param("publishedOn", "2026-06-03")
                .param("bodyMarkdown", body).param("sourceCodes", "S1").param("state", "published");
    }

    private String createArticle(String slug, String title, String summary, String body) throws Exception {
        MockHttpServletResponse saved = page(articleForm(slug, title, summary, body).param("action", "save"));
        assertThat(saved.getStatus()).as("saving article " + slug).isEqualTo(303);
        return slug;
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isLessThan(500);
        return response;
    }

    private Baseline baseline(String path) throws Exception {
        Document page = Jsoup.parse(page(get(path).with(Admin.admin())).getContentAsString());
        return new Baseline(page.select(INJECTABLE).size());
    }

    /** Markdown may legitimately make an img, whose src the URL rule checks; none of these can come from it. */
    private static final String INJECTABLE = "svg, math, iframe, object, embed, style, base, meta[http-equiv], "
            + "link[rel=stylesheet][href^=javascript], input[autofocus], details, body[onload]";

    private record Baseline(int injectableElements) {
    }

    private static void inert(MockHttpServletResponse response, String payload, Baseline baseline, String where)
            throws Exception {
        String html = response.getContentAsString();
        Document page = Jsoup.parse(html);
        String context = where + (payload == null ? "" : " with payload " + payload);

        for (Element script : page.select("script")) {
            assertThat(script.attr("src")).as(context + ": only the site's own external scripts").startsWith("/assets/js/");
            assertThat(script.data()).as(context + ": no inline script").isEmpty();
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as(context + ": event handler on <" + element.tagName() + ">")
                        .doesNotStartWith("on");
                if (List.of("href", "src", "action", "formaction", "xlink:href", "data").contains(attribute.getKey())) {
                    String url = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    assertThat(url).as(context + ": URL in " + attribute.getKey())
                            .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
                }
            }
        }
        assertThat(page.select(INJECTABLE).size()).as(context + ": no elements smuggled in").isLessThanOrEqualTo(baseline.injectableElements());
        for (String evaluated : EVALUATED) {
            assertThat(html).as(context + ": template expression evaluated").doesNotContain(evaluated);
        }
        if (payload != null && payload.equals("[[${7*7}]]") && response.getStatus() != 303) {
            assertThat(html).as(context + ": shown as typed").contains("${7*7}");
        }
    }
}

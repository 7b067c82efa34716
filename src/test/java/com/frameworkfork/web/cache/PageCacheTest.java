package com.frameworkfork.web.cache;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;

import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import com.frameworkfork.web.PublicContentChanged;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages every reader sees alike are kept and served to the next readers, each with their own CSRF
 * token, until what they show changes; pages made for one reader are rendered for every request.
 * The shared test configuration keeps pages for an hour, so a copy never expires while a test runs.
 * Each test changes only articles it created itself.
 */
@SiteTest
class PageCacheTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ContentVersion contentVersion;

    @Autowired
    private ApplicationEventPublisher events;


    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private RequestPostProcessor token;

    /** The admin's identity and the token of a back-office page. */
    private RequestPostProcessor asAdmin;

    @BeforeEach
    void takeTokens() throws Exception {
        token = PageToken.reader(mvc);
        asAdmin = PageToken.asAdmin(mvc);
    }

    /** Some tests change their own articles behind the site's back; no later test may see the copies that left stale. */
    @AfterEach
    void dropWhatThisTestKept() {
        events.publishEvent(new PublicContentChanged() { });
    }

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
    }

    private static String title(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString()).select("h1").text();
    }

    /** Changes an article's title in the database without telling the site, as no reader or editor can. */
    private void retitleBehindTheSitesBack(String slug, String title) {
        changeBehindTheSitesBack("UPDATE article SET title = ? WHERE slug = ?", title, slug);
    }

    /**
     * Changes content as a save on another instance would: the rows and the shared content version
     * change, and this instance's page cache hears nothing of it.
     */
    private void changeBehindTheSitesBack(String sql, Object... arguments) {
        jdbc.update(sql, arguments);
        contentVersion.bump();
    }

    private String article(String slug) throws Exception {
        TestArticles.create(mvc, slug);
        return "/articles/" + slug;
    }

    @Test
    void aKeptPageIsServedUntilAnEditorChangesIt() throws Exception {
        String page = article("kept-until-edited");
        fetch(page);
        retitleBehindTheSitesBack("kept-until-edited", "Changed behind the site's back");

        assertThat(title(fetch(page))).isEqualTo("Title of kept-until-edited");

        long id = jdbc.queryForObject("SELECT id FROM article WHERE slug = 'kept-until-edited'", Long.class);
        mvc.perform(post("/admin/articles/{id}", id).with(asAdmin)
                        .param("slug", "kept-until-edited").param("title", "Edited in the back office")
                        .param("summary", "Summary.").param("categorySlug", "guides").param("publishedOn", "2026-06-03")
                        .param("bodyMarkdown", "Body.").param("sourceCodes", "S1").param("state", "published")
                        .param("action", "save"))
                .andExpect(status().isSeeOther());
        assertThat(title(fetch(page))).isEqualTo("Edited in the back office");
    }

    /** Kept pages once lost their template indentation, and with it the blank lines and indents of comments. */
    @Test
    void aKeptPageShowsACommentExactlyAsItWasPosted() throws Exception {
        String page = article("kept-comment-formatting");
        String comment = "Paragraph one.\n\n    indented line";
        mvc.perform(post(page + "/comments").with(token).with(Clients.fresh())
                .param("name", "Ada").param("body", comment).param("website", "")).andExpect(status().isSeeOther());
        MockHttpServletResponse rendered = fetch(page);
        retitleBehindTheSitesBack("kept-comment-formatting", "Changed behind the site's back");

        MockHttpServletResponse kept = fetch(page);

        assertThat(title(kept)).as("the page came from the kept copy").isEqualTo("Title of kept-comment-formatting");
        for (MockHttpServletResponse response : List.of(rendered, kept)) {
            assertThat(Jsoup.parse(response.getContentAsString()).selectFirst(".comment-body").wholeText()).isEqualTo(comment);
        }
    }

    @Test
    void everyReaderOfAKeptPageGetsTheirOwnWorkingCsrfToken() throws Exception {
        String page = article("kept-own-token");
        fetch(page);
        MockHttpServletResponse first = fetch(page);
        MockHttpServletResponse second = fetch(page);

        String firstCookie = first.getCookie("XSRF-TOKEN").getValue();
        String secondCookie = second.getCookie("XSRF-TOKEN").getValue();
        assertThat(firstCookie).isNotEqualTo(secondCookie);
        Document secondPage = Jsoup.parse(second.getContentAsString());
        List<String> formTokens = secondPage.select("input[name=_csrf]").eachAttr("value");
        assertThat(formTokens).isNotEmpty().doesNotContain(Jsoup.parse(first.getContentAsString())
                .select("input[name=_csrf]").first().attr("value"));

        mvc.perform(post(page + "/hearts").cookie(new Cookie("XSRF-TOKEN", secondCookie)).param("_csrf", formTokens.get(0)))
                .andExpect(status().isSeeOther());
        mvc.perform(post(page + "/hearts").cookie(new Cookie("XSRF-TOKEN", firstCookie)).param("_csrf", formTokens.get(0)))
                .andExpect(status().isForbidden());
    }

    /** Over HTTPS the token cookie has the __Host- name; kept pages are still kept and still get each reader's own. */
    @Test
    void overHttpsAKeptPageIsKeptAndEveryReaderGetsTheirOwnHostOnlyToken() throws Exception {
        String page = article("kept-over-https");
        MockHttpServletResponse rendered = mvc.perform(get(page).secure(true)).andExpect(status().isOk()).andReturn().getResponse();
        retitleBehindTheSitesBack("kept-over-https", "Changed behind the site's back");
        MockHttpServletResponse kept = mvc.perform(get(page).secure(true)).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(title(kept)).isEqualTo("Title of kept-over-https");
        Cookie renderedCookie = rendered.getCookie("__Host-XSRF-TOKEN");
        Cookie keptCookie = kept.getCookie("__Host-XSRF-TOKEN");
        assertThat(keptCookie.getSecure()).isTrue();
        assertThat(keptCookie.getValue()).isNotEqualTo(renderedCookie.getValue());
        String keptToken = Jsoup.parse(kept.getContentAsString()).select("input[name=_csrf]").first().attr("value");
        mvc.perform(post(page + "/hearts").secure(true).cookie(renderedCookie).param("_csrf", keptToken))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/hearts").secure(true).cookie(keptCookie).param("_csrf", keptToken))
                .andExpect(status().isSeeOther());
    }

    @Test
    void aReturningReaderKeepsTheirCsrfCookie() throws Exception {
        String page = article("kept-returning-reader");
        fetch(page);
        Cookie known = new Cookie("XSRF-TOKEN", "0b9c6e1e-6f7e-4a53-9f0e-2d5f6a1b7c11");

        MockHttpServletResponse response = mvc.perform(get(page).cookie(known)).andReturn().getResponse();

        assertThat(response.getCookie("XSRF-TOKEN")).isNull();
        String formToken = Jsoup.parse(response.getContentAsString()).select("input[name=_csrf]").first().attr("value");
        mvc.perform(post(page + "/hearts").cookie(known).param("_csrf", formToken)).andExpect(status().isSeeOther());
    }

    @Test
    void keptPagesCarryTheSameProtectiveHeaders() throws Exception {
        events.publishEvent(new PublicContentChanged() { });
        MockHttpServletResponse rendered = fetch("/");
        MockHttpServletResponse kept = fetch("/");

        for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
                "Referrer-Policy", "Permissions-Policy", "Content-Type")) {
            assertThat(kept.getHeader(header)).as(header).isNotNull().isEqualTo(rendered.getHeader(header));
        }
    }

    @Test
    void aSignedInSessionAlwaysGetsAFreshPage() throws Exception {
        String page = article("kept-not-for-the-admin");
        fetch(page);
        retitleBehindTheSitesBack("kept-not-for-the-admin", "Seen only fresh");

        String html = mvc.perform(get(page).with(request -> {
            request.setRequestedSessionId("some-admin-session");
            return request;
        })).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Seen only fresh");
    }

    @Test
    void onlySuccessfulPagesAreKept() throws Exception {
        String page = article("kept-only-when-found");
        changeBehindTheSitesBack("UPDATE article SET published = FALSE WHERE slug = 'kept-only-when-found'");
        mvc.perform(get(page)).andExpect(status().isNotFound());

        changeBehindTheSitesBack("UPDATE article SET published = TRUE WHERE slug = 'kept-only-when-found'");

        mvc.perform(get(page)).andExpect(status().isOk());
    }

    @Test
    void heartingDropsTheKeptPageSoTheReaderSeesTheirHeart() throws Exception {
        String page = article("kept-until-hearted");
        long shown = Long.parseLong(Jsoup.parse(fetch(page).getContentAsString())
                .select("[data-testid=heart-count]").text().replace(",", ""));

        mvc.perform(post(page + "/hearts").with(token)).andExpect(status().isSeeOther());

        assertThat(Jsoup.parse(fetch(page).getContentAsString()).select("[data-testid=heart-count]").text())
                .isEqualTo(String.valueOf(shown + 1));
    }

    @Test
    void theReaderWhoseRequestRenderedThePageGetsWhatLaterReadersGet() throws Exception {
        String page = article("kept-same-for-all");
        MockHttpServletResponse rendered = fetch(page);
        MockHttpServletResponse kept = fetch(page);

        String formToken = "name=\"_csrf\" value=\"[^\"]*\"";
        assertThat(rendered.getContentAsString().replaceAll(formToken, ""))
                .isEqualTo(kept.getContentAsString().replaceAll(formToken, ""));
        assertThat(rendered.getCookie("XSRF-TOKEN")).isNotNull();
        assertThat(rendered.getHeaders("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).hasSize(1);
    }

    /**
     * A kept page is served without asking the database anything. The home page and an article are
     * kept after one rendering; the comparison, assembled once per content version anyway, is served
     * again without loading anything either.
     */
    @Test
    void pagesEveryReaderSeesAlikeAreServedAgainWithoutLoadingAnything() throws Exception {
        events.publishEvent(new PublicContentChanged() { });
        for (String page : List.of("/", article("kept-shared-page"))) {
            assertThat(entitiesLoadedBy(page)).as("entities loaded rendering %s", page).isPositive();
            assertThat(entitiesLoadedBy(page)).as("entities loaded serving %s again", page).isZero();
        }
        entitiesLoadedBy("/compare/django-vs-flask");
        assertThat(entitiesLoadedBy("/compare/django-vs-flask")).as("entities loaded serving the comparison again").isZero();
    }

    /** Kept quiz steps once showed a reader the page as it was before they answered. */
    @Test
    void aQuizStepIsRenderedForEveryRequestSoItShowsTheAnswerJustGiven() throws Exception {
        String step = mvc.perform(post("/decide").with(token).with(Clients.fresh())).andExpect(status().isSeeOther())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(Jsoup.parse(fetch(step).getContentAsString()).select("input[name=answer][checked]")).isEmpty();

        mvc.perform(post(step).with(token).with(Clients.fresh()).param("answer", "yes")).andExpect(status().isSeeOther());

        assertThat(Jsoup.parse(fetch(step).getContentAsString()).select("input[name=answer][checked]").eachAttr("value"))
                .containsExactly("yes");
        assertThat(entitiesLoadedBy(step)).as("entities loaded showing the step once more").isPositive();
    }

    /** Kept verdict pages once showed "what others chose" as it stood when the page was first rendered. */
    @Test
    void aVerdictIsRenderedForEveryRequestSoWhatOthersChoseIsCurrent() throws Exception {
        // The page shows what others chose only from 20 verdicts on.
        for (int i = 0; i < 20; i++) {
            createVerdict();
        }
        String verdict = createVerdict();
        long others = othersTotal(verdict);

        createVerdict();

        assertThat(othersTotal(verdict)).isEqualTo(others + 1);
    }

    private String createVerdict() throws Exception {
        return mvc.perform(post("/api/v1/verdicts").with(Clients.fresh()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"answers": {"api": "no", "admin": "yes", "solo": "no", "team": "yes", "growth": "no", "learning": "no"}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }

    private long othersTotal(String verdict) throws Exception {
        return Long.parseLong(Jsoup.parse(fetch(verdict).getContentAsString()).selectFirst("[data-testid=others]").attr("data-total"));
    }

    private long entitiesLoadedBy(String page) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        fetch(page);
        return statistics.getEntityLoadCount();
    }
}

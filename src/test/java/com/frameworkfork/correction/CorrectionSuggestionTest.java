package com.frameworkfork.correction;

import java.util.List;
import java.util.Map;

import com.frameworkfork.account.AccountService;
import com.frameworkfork.content.ContentExport;
import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.HtmlValidator;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Readers suggest corrections to articles; editors see them in the back office and mark them done. */
@SiteTest
class CorrectionSuggestionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentExport export;

    @Autowired
    CorrectionProperties corrections;

    @Test
    void aSuggestionOnAnArticleReachesTheQueueAndLeavesTheOpenListWhenMarkedDone() throws Exception {
        TestArticles.create(mvc, "corrected");
        Element link = Html.of(mvc.perform(get("/articles/corrected"))).selectFirst("a[data-testid=suggest-correction]");
        assertThat(link.text()).as("the link's accessible name names the article").contains("Title of corrected");

        MockHttpServletResponse form = mvc.perform(get(link.attr("href"))).andExpect(status().isOk()).andReturn().getResponse();
        Document formPage = parse(form);
        assertThat(formPage.select("[data-testid=correction-subject]").text()).isEqualTo("Title of corrected");
        assertThat(formPage.select("[data-testid=correction-subject]").attr("href")).isEqualTo("/articles/corrected");
        assertThat(formPage.select("script")).as("the form needs no script").isEmpty();
        assertThat(HtmlValidator.errors(form.getContentAsString())).as("the form").isEmpty();

        String sent = send(Clients.fresh(), "articles/corrected", "The release date is a year off.",
                "https://docs.djangoproject.com/en/stable/releases/")
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
        MockHttpServletResponse thanks = mvc.perform(get(sent)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(parse(thanks).select("a[data-testid=correction-back]").attr("href")).isEqualTo("/articles/corrected");
        assertThat(HtmlValidator.errors(thanks.getContentAsString())).as("the thank-you page").isEmpty();
        assertThat(mvc.perform(get("/articles/corrected")).andReturn().getResponse().getContentAsString())
                .as("nothing a reader suggests is shown publicly").doesNotContain("a year off");

        String exported = String.join("\n", export.files().values());
        assertThat(exported).as("the article is content").contains("Title of corrected")
                .as("a suggestion is not").doesNotContain("a year off");

        MockHttpServletResponse queue = mvc.perform(get("/admin/corrections").with(Admin.admin()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(HtmlValidator.errors(queue.getContentAsString())).as("the queue").isEmpty();
        Element listed = suggestion(parse(queue), "a year off");
        assertThat(listed.select("[data-testid=suggestion-page]").attr("href")).isEqualTo("/articles/corrected");
        assertThat(listed.select("[data-testid=suggestion-page]").text()).isEqualTo("Title of corrected");
        assertThat(listed.select("a[data-testid=suggestion-link]").attr("href"))
                .isEqualTo("https://docs.djangoproject.com/en/stable/releases/");
        assertThat(listed.select("a[data-testid=suggestion-link]").attr("rel").split(" ")).contains("nofollow", "noopener");
        assertThat(listed.select("time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        long id = Long.parseLong(listed.id().substring("suggestion-".length()));
        mvc.perform(post("/admin/corrections/{id}/state", id).with(PageToken.asAdmin(mvc)).param("done", "true"))
                .andExpect(status().isSeeOther());

        assertThat(suggestionOrNull(Html.of(mvc.perform(get("/admin/corrections").with(Admin.admin()))), "a year off"))
                .as("gone from the open list").isNull();
        Element done = suggestion(Html.of(mvc.perform(get("/admin/corrections").param("state", "done").with(Admin.admin()))),
                "a year off");
        assertThat(done.text()).as("kept among the done ones, with who marked it").contains("by " + Admin.USERNAME);
    }

    @Test
    void theNewestOpenSuggestionsComeFirstAndSeveralAreMarkedDoneAtOnce() throws Exception {
        TestArticles.create(mvc, "bulk-corrected");
        for (int n = 1; n <= 3; n++) {
            send(Clients.fresh(), "articles/bulk-corrected", "Bulk suggestion " + n, "").andExpect(status().isSeeOther());
        }
        List<Element> open = Html.of(mvc.perform(get("/admin/corrections").with(Admin.admin())))
                .select("li[data-testid=suggestion]").stream()
                .filter(li -> li.text().contains("Bulk suggestion")).toList();
        assertThat(open).extracting(li -> li.selectFirst("[data-testid=suggestion-text]").text())
                .containsExactly("Bulk suggestion 3", "Bulk suggestion 2", "Bulk suggestion 1");

        MockHttpServletRequestBuilder bulk = post("/admin/corrections/bulk").with(PageToken.asAdmin(mvc))
                .param("action", "done");
        open.subList(0, 2).forEach(li -> bulk.param("ids", li.id().substring("suggestion-".length())));
        mvc.perform(bulk).andExpect(status().isSeeOther());

        Document after = Html.of(mvc.perform(get("/admin/corrections").with(Admin.admin())));
        assertThat(after.select("[data-testid=suggestion-text]").eachText())
                .contains("Bulk suggestion 1").doesNotContain("Bulk suggestion 2", "Bulk suggestion 3");

        mvc.perform(post("/admin/corrections/bulk").with(PageToken.asAdmin(mvc)).param("action", "done"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void missingTextAnswers422AndKeepsTheLinkThatWasTyped() throws Exception {
        TestArticles.create(mvc, "no-text");
        long before = stored();

        MockHttpServletResponse refused = send(Clients.fresh(), "articles/no-text", "   ", "https://flask.palletsprojects.com/")
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse();

        Document page = parse(refused);
        assertThat(page.select("#correction-link").val()).isEqualTo("https://flask.palletsprojects.com/");
        assertThat(page.select("#correction-problem").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#correction-problem-error").text()).isNotBlank();
        assertThat(page.select("#correction-problem").attr("aria-describedby")).contains("correction-problem-error");
        assertThat(page.select("input[name=page]").val()).isEqualTo("articles/no-text");
        assertThat(HtmlValidator.errors(refused.getContentAsString())).as("the refused form").isEmpty();
        assertThat(stored()).isEqualTo(before);

        String tooLong = "x".repeat(CorrectionForm.PROBLEM_LIMIT + 1);
        Document overLimit = Html.of(send(Clients.fresh(), "articles/no-text", tooLong, "")
                .andExpect(status().isUnprocessableContent()));
        assertThat(overLimit.select("#correction-problem").text()).isEqualTo(tooLong);
        assertThat(overLimit.select("#correction-problem-error").text()).isNotBlank();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aLinkThatIsNotAWebAddressIsRefused() throws Exception {
        TestArticles.create(mvc, "bad-links");
        long before = stored();
        for (String link : List.of("javascript:alert(1)", "ftp://example.org/file", "docs.djangoproject.com",
                "data:text/html,hello", "https://user@example.org/", "https://exa mple.org/", "https:///path")) {
            Document page = Html.of(send(Clients.fresh(), "articles/bad-links", "The figure is wrong.", link)
                    .andExpect(status().isUnprocessableContent()));
            assertThat(page.select("#correction-link-error").text()).as(link).isNotBlank();
            assertThat(page.select("#correction-link").val()).as(link).isEqualTo(link);
            assertThat(page.select("#correction-problem").text()).isEqualTo("The figure is wrong.");
        }
        assertThat(stored()).isEqualTo(before);

        send(Clients.fresh(), "articles/bad-links", "The figure is wrong.", "http://example.org:8080/a?b=c#d")
                .andExpect(status().isSeeOther());
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void aFilledInHoneypotIsDroppedWithoutSayingSo() throws Exception {
        TestArticles.create(mvc, "correction-honeypot");
        long before = stored();
        String human = send(Clients.fresh(), "articles/correction-honeypot", "A real suggestion.", "")
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();

        String bot = mvc.perform(post("/corrections").with(PageToken.reader(mvc)).with(Clients.fresh())
                        .param("page", "articles/correction-honeypot").param("problem", "Buy cheap pills")
                        .param("website", "https://spam.example"))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();

        assertThat(bot).as("the bot gets the same answer").isEqualTo(human);
        assertThat(stored()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM correction_suggestion WHERE problem LIKE '%pills%'",
                Long.class)).isZero();
    }

    @Test
    void moreSuggestionsThanTheLimitAnswer429AndKeepWhatWasTyped() throws Exception {
        TestArticles.create(mvc, "limited");
        RequestPostProcessor oneClient = Clients.fresh();
        for (int n = 0; n < corrections.perMinute(); n++) {
            send(oneClient, "articles/limited", "Suggestion " + n, "").andExpect(status().isSeeOther());
        }
        long before = stored();

        MockHttpServletResponse refused = send(oneClient, "articles/limited", "One too many", "https://example.org/")
                .andExpect(status().isTooManyRequests()).andReturn().getResponse();

        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        Document page = parse(refused);
        assertThat(page.select("#correction-problem").text()).isEqualTo("One too many");
        assertThat(page.select("#correction-link").val()).isEqualTo("https://example.org/");
        assertThat(page.select("[data-testid=correction-subject]").text()).isEqualTo("Title of limited");
        assertThat(page.select("[data-testid=correction-refusal]").text()).isNotBlank();
        assertThat(HtmlValidator.errors(refused.getContentAsString())).as("the refused form").isEmpty();
        assertThat(stored()).isEqualTo(before);
        send(Clients.fresh(), "articles/limited", "Another reader", "").andExpect(status().isSeeOther());
    }

    @Test
    void aSuggestionDuringMaintenanceAnswers503AndKeepsWhatWasTyped() throws Exception {
        TestArticles.create(mvc, "paused");
        long before = stored();
        mvc.perform(post("/admin/maintenance").with(PageToken.asAdmin(mvc)).param("enabled", "true"));
        try {
            MockHttpServletResponse refused = send(Clients.fresh(), "articles/paused", "Sent during maintenance", "")
                    .andExpect(status().isServiceUnavailable()).andReturn().getResponse();
            assertThat(refused.getHeader("Retry-After")).isNotBlank();
            assertThat(parse(refused).select("#correction-problem").text()).isEqualTo("Sent during maintenance");
        } finally {
            mvc.perform(post("/admin/maintenance").with(PageToken.asAdmin(mvc)).param("enabled", "false"));
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void sendingNeedsTheCsrfToken() throws Exception {
        TestArticles.create(mvc, "forged");
        long before = stored();
        mvc.perform(post("/corrections").with(Clients.fresh()).param("page", "articles/forged")
                        .param("problem", "Forged from another site"))
                .andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void onlyPublicPagesCanBeCorrected() throws Exception {
        TestArticles.create(mvc, "public-one");
        Map<String, String> draft = TestArticles.fields("draft-one");
        draft.put("state", "draft");
        TestArticles.create(mvc, draft);

        for (String page : List.of("articles/nowhere", "articles/draft-one", "comparison/nowhere", "/articles/public-one",
                "articles/public-one/", "articles", "", "https://example.org/articles/public-one")) {
            mvc.perform(get("/corrections/new").param("page", page)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/corrections/new")).andExpect(status().isNotFound());
        mvc.perform(get("/corrections/new").param("page", "articles/public-one").param("part", "no-such-row"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/corrections/new").param("page", "articles/public-one")).andExpect(status().isOk());

        long before = stored();
        send(Clients.fresh(), "articles/draft-one", "About a draft", "").andExpect(status().isNotFound());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anonymousVisitorsCannotSeeTheQueue() throws Exception {
        mvc.perform(get("/admin/corrections")).andExpect(status().isFound());
        mvc.perform(post("/admin/corrections/bulk").with(PageToken.reader(mvc)).param("ids", "1").param("action", "done"))
                .andExpect(status().isFound());
    }

    /** A signed-in person needs an account the site knows, or the site signs them out. */
    private RequestPostProcessor account(String username, String role) {
        AccountService.Creation created = accounts.create(username, role, "test");
        assertThat(accounts.setUp(created.setupToken(), "a-long-test-passphrase", "a-long-test-passphrase")).isEmpty();
        return user(username).roles(role);
    }

    @Test
    void editorsWorkTheQueueAndModeratorsDoNot() throws Exception {
        TestArticles.create(mvc, "roles");
        send(Clients.fresh(), "articles/roles", "For the editor", "").andExpect(status().isSeeOther());
        RequestPostProcessor editor = account("edna", "EDITOR");
        RequestPostProcessor moderator = account("mo", "MODERATOR");

        mvc.perform(get("/admin/corrections").with(moderator)).andExpect(status().isForbidden());
        Element listed = suggestion(Html.of(mvc.perform(get("/admin/corrections").with(editor)).andExpect(status().isOk())),
                "For the editor");
        String id = listed.id().substring("suggestion-".length());
        mvc.perform(post("/admin/corrections/{id}/state", id).with(moderator).with(PageToken.from(mvc, get("/admin/comments").with(moderator))).param("done", "true"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT done_at FROM correction_suggestion WHERE id = ?", Object.class,
                Long.parseLong(id))).isNull();

        mvc.perform(post("/admin/corrections/{id}/state", id).with(editor).with(PageToken.from(mvc, get("/admin/corrections").with(editor))).param("done", "true"))
                .andExpect(status().isSeeOther());
        assertThat(jdbc.queryForObject("SELECT done_by FROM correction_suggestion WHERE id = ?", String.class,
                Long.parseLong(id))).isEqualTo("edna");
    }

    private ResultActions send(RequestPostProcessor client, String page, String problem, String link) throws Exception {
        return mvc.perform(post("/corrections").with(PageToken.reader(mvc)).with(client)
                .param("page", page).param("problem", problem).param("link", link).param("website", ""));
    }

    private static Document parse(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    private long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM correction_suggestion", Long.class);
    }

    private static Element suggestion(Document queue, String text) {
        Element found = suggestionOrNull(queue, text);
        assertThat(found).as("a suggestion containing '" + text + "'").isNotNull();
        return found;
    }

    private static Element suggestionOrNull(Document queue, String text) {
        return queue.select("li[data-testid=suggestion]").stream()
                .filter(li -> li.selectFirst("[data-testid=suggestion-text]").text().contains(text))
                .findFirst().orElse(null);
    }
}

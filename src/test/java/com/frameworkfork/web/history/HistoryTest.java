package com.frameworkfork.web.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history as the people of the back office use it: real accounts signed in through the sign-in
 * form, changes made through the edit screens, the history read and restored through its pages.
 */
@SiteTest
class HistoryTest {

    private static final String PASSWORD = "plum orbit kettle mango";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Test
    void anEditorsChangeIsRecordedWithTheirNameAndTheChangedLines() throws Exception {
        long id = TestArticles.create(mvc, "history-edited", "Edited in history", "A summary.",
                "First paragraph stays.\n\nThe original claim.\n\nLast paragraph stays.");
        String editor = createAccount("EDITOR");
        MockHttpSession session = signIn(editor);

        editArticleText(session, id, "First paragraph stays.\n\nA corrected claim.\n\nLast paragraph stays.");

        Document history = page(session, "/admin/history/article/" + id);
        Element newest = history.selectFirst("[data-testid=history-entry]");
        assertThat(newest.select("[data-testid=history-actor]").text()).isEqualTo(editor);
        assertThat(newest.select("[data-testid=history-action]").text()).isEqualToIgnoringCase("changed");
        Element diff = newest.selectFirst("[data-testid=text-diff]");
        assertThat(diff.select(".diff-removed").eachText()).anyMatch(line -> line.contains("The original claim."));
        assertThat(diff.select(".diff-added").eachText()).anyMatch(line -> line.contains("A corrected claim."));
        // Changed lines, not two copies of the text: an unchanged paragraph far enough away is left out.
        assertThat(diff.text()).doesNotContain("First paragraph stays.").doesNotContain("Last paragraph stays.");
    }

    @Test
    void restoringAnOlderVersionBringsItsTextBackOnThePublicPageAndIsRecorded() throws Exception {
        long id = TestArticles.create(mvc, "history-restored", "Restored in history", "A summary.", "The text as first written.");
        MockHttpSession session = signIn(createAccount("EDITOR"));
        editArticleText(session, id, "The text after a bad edit.");
        assertThat(Html.of(mvc.perform(get("/articles/history-restored"))).text()).contains("The text after a bad edit.");
        Document history = page(session, "/admin/history/article/" + id);
        int versions = history.select("[data-testid=history-entry]").size();

        Element older = history.select("[data-testid=history-entry]").get(1);
        Document confirm = page(session, older.selectFirst("[data-testid=restore-link]").attr("href"));
        assertThat(confirm.select("[data-testid=field-change]").text()).contains("The text as first written.");
        Element form = confirm.selectFirst("form[action$=/restore]");
        mvc.perform(post(form.attr("action")).session(session).param("_csrf", form.selectFirst("input[name=_csrf]").val()))
                .andExpect(redirectedUrlPattern("/admin/history/article/" + id + "?restored=*"));

        String publicPage = Html.of(mvc.perform(get("/articles/history-restored")).andExpect(status().isOk())).text();
        assertThat(publicPage).contains("The text as first written.").doesNotContain("The text after a bad edit.");
        Document after = page(session, "/admin/history/article/" + id);
        assertThat(after.select("[data-testid=history-entry]")).hasSize(versions + 1);
        assertThat(after.selectFirst("[data-testid=history-entry] [data-testid=history-action]").text())
                .isEqualToIgnoringCase("restored");
    }

    @Test
    void aSourceIsRestoredThroughItsEditScreensRulesAndLinksBackToIt() throws Exception {
        MockHttpSession session = signIn(createAccount("EDITOR"));
        String code = "history-source-" + NAMES.incrementAndGet();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("label", "History source " + NAMES.get());
        fields.put("title", "The title as first written");
        fields.put("publisher", "The editors");
        fields.put("published", "2026-11-01");
        fields.put("checked", "2026-11-30");
        fields.put("kind", "survey");
        fields.put("url", "https://example.org/history-source");
        fields.put("note", "Kept to be restored.");
        String edit = saveSource(session, "/admin/sources", fields).replace("?saved", "");
        fields.put("title", "The title after a bad edit");
        saveSource(session, edit.replace("/edit", ""), fields);

        Document history = page(session, page(session, edit).selectFirst("[data-testid=history-link]").attr("href"));
        assertThat(history.select("a").eachAttr("href")).contains(edit);
        Element older = history.select("[data-testid=history-entry]").get(1);
        Element form = page(session, older.selectFirst("[data-testid=restore-link]").attr("href"))
                .selectFirst("form[action$=/restore]");
        mvc.perform(post(form.attr("action")).session(session).param("_csrf", form.selectFirst("input[name=_csrf]").val()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(session, edit).selectFirst("input[name=title]").val()).isEqualTo("The title as first written");
        Document after = page(session, "/admin/history/source/" + edit.replaceAll("\\D", ""));
        assertThat(after.selectFirst("[data-testid=history-entry] [data-testid=history-action]").text())
                .isEqualToIgnoringCase("restored");
    }

    @Test
    void aModeratorHidingACommentAppearsInTheHistoryTheyMayRead() throws Exception {
        TestArticles.create(mvc, "history-comment");
        mvc.perform(post("/articles/history-comment/comments").with(PageToken.from(mvc, "/articles/history-comment")).with(Clients.fresh())
                .param("name", "Hidden Reader").param("body", "A comment to moderate.")).andExpect(status().isSeeOther());
        String moderator = createAccount("MODERATOR");
        MockHttpSession session = signIn(moderator);

        Document comments = page(session, "/admin/comments");
        Element comment = comments.select("[data-testid=admin-comment]").stream()
                .filter(c -> c.text().contains("A comment to moderate.")).findFirst().orElseThrow();
        Element hide = comment.selectFirst("button[formaction$=/visibility][name=hidden][value=true]");
        String token = comments.selectFirst("form[action$=/bulk] input[name=_csrf]").val();
        mvc.perform(post(hide.attr("formaction")).session(session).param("hidden", "true").param("_csrf", token))
                .andExpect(status().is3xxRedirection());

        Element latest = page(session, "/admin/history").selectFirst("[data-testid=history-entry]");
        assertThat(latest.select("[data-testid=history-actor]").text()).isEqualTo(moderator);
        assertThat(latest.text()).contains("Hidden Reader");
        Document commentHistory = page(session, latest.selectFirst("a[href^=/admin/history/comment/]").attr("href"));
        // States are named as the moderation queue names them, never by their names in the code.
        assertThat(commentHistory.selectFirst("[data-testid=history-entry] [data-testid=field-change]").text())
                .contains("Moderation").contains(comments.select("option[value=visible]").text())
                .contains(comments.select("option[value=hidden]").text()).doesNotContain("VISIBLE").doesNotContain("HIDDEN");
        // A reader wrote the comment; no person's name is attached to that.
        assertThat(commentHistory.select("[data-testid=history-entry]").last()
                .select("[data-testid=history-actor]").text()).isEqualTo(HistoryRevisionListener.READER);
    }

    @Test
    void aHeldCommentsHistoryNeverShowsTheKeyToItsAuthorsPage() throws Exception {
        TestArticles.create(mvc, "history-held-comment");
        String held = mvc.perform(post("/articles/history-held-comment/comments")
                        .with(PageToken.from(mvc, "/articles/history-held-comment")).with(Clients.fresh())
                        .param("name", "Held Reader").param("body", "See https://example.org/held for more."))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
        String key = held.substring(held.lastIndexOf('/') + 1).replaceAll("#.*", "");
        MockHttpSession session = signIn(createAccount("MODERATOR"));

        Element latest = page(session, "/admin/history?kind=comment").select("[data-testid=history-entry]").stream()
                .filter(entry -> entry.text().contains("Held Reader")).findFirst().orElseThrow();
        Document history = page(session, latest.selectFirst("a[href^=/admin/history/comment/]").attr("href"));

        assertThat(key).hasSizeGreaterThan(30);
        assertThat(history.select("[data-testid=history-entry]")).isNotEmpty();
        assertThat(history.html()).doesNotContain(key);
    }

    @Test
    void theSitePagesHaveAHistoryEditorsMayReadButNotRestore() throws Exception {
        MockHttpSession session = signIn(createAccount("EDITOR"));

        Element page = search(session, "kind", "page").selectFirst("[data-testid=history-entry]");
        Document history = page(session, page.selectFirst("a[href^=/admin/history/page/]").attr("href"));

        assertThat(history.select("[data-testid=history-entry]")).isNotEmpty();
        assertThat(history.select("[data-testid=restore-link]")).isEmpty();
        assertThat(search(signIn(createAccount("MODERATOR")), "kind", "page").select("[data-testid=history-entry]")).isEmpty();
    }

    @Test
    void aModeratorReadsOnlyTheHistoryOfComments() throws Exception {
        long article = TestArticles.create(mvc, "history-moderator-view");
        MockHttpSession session = signIn(createAccount("MODERATOR"));

        mvc.perform(get("/admin/history/article/" + article).session(session)).andExpect(status().isForbidden());
        assertThat(page(session, "/admin/history?kind=article").select("[data-testid=history-entry]")).isEmpty();
        assertThat(page(session, "/admin/history").select("[data-testid=history-entry] a").eachAttr("href"))
                .allMatch(href -> href.startsWith("/admin/history/comment/"));
    }

    @Test
    void anEditorMayNotReadTheHistoryOfAccounts() throws Exception {
        String other = createAccount("MODERATOR");
        MockHttpSession session = signIn(createAccount("EDITOR"));
        long accountId = accountId(other);

        mvc.perform(get("/admin/history/account/" + accountId).session(session)).andExpect(status().isForbidden());
        Document recent = page(session, "/admin/history");
        assertThat(recent.select("[data-testid=history-entry] a").eachAttr("href"))
                .noneMatch(href -> href.startsWith("/admin/history/account/"));
        assertThat(recent.select("#kind option").eachAttr("value")).doesNotContain("account", "comment");
    }

    @Test
    void anAccountsHistoryShowsItsRoleButNeverItsPassword() throws Exception {
        String editor = createAccount("EDITOR");
        MockHttpSession administrator = signIn(Admin.USERNAME, Admin.PASSWORD);
        long id = accountId(editor);
        Document edit = page(administrator, "/admin/accounts/" + id);
        Element roleForm = edit.selectFirst("form[action$=/role]");
        mvc.perform(post(roleForm.attr("action")).session(administrator).param("role", "MODERATOR")
                .param("_csrf", roleForm.selectFirst("input[name=_csrf]").val())).andExpect(status().is3xxRedirection());

        Document history = page(administrator, "/admin/history/account/" + id);
        Element newest = history.selectFirst("[data-testid=history-entry]");
        assertThat(newest.select("[data-testid=history-actor]").text()).isEqualTo(Admin.USERNAME);
        assertThat(newest.select("[data-testid=field-change]").text()).contains("EDITOR").contains("MODERATOR");
        assertThat(history.html()).doesNotContain("{bcrypt}").doesNotContain("$2a$").doesNotContainIgnoringCase("password hash");
    }

    @Test
    void whatTheShippedContentChangedAtStartUpIsRecordedAsSuch() throws Exception {
        MockHttpSession administrator = signIn(Admin.USERNAME, Admin.PASSWORD);

        Document imported = search(administrator, "person", "shipped content");
        assertThat(imported.select("[data-testid=history-entry]")).isNotEmpty();
        assertThat(imported.select("[data-testid=history-actor]").eachText()).containsOnly("shipped content");
        assertThat(imported.select("#person option").eachAttr("value")).contains("shipped content");
    }

    @Test
    void recentActionsCanBeSearchedSortedAndPaged() throws Exception {
        MockHttpSession administrator = signIn(Admin.USERNAME, Admin.PASSWORD);
        String title = "Searchable history " + NAMES.incrementAndGet();
        TestArticles.create(mvc, "history-searched-" + NAMES.get(), title, "A summary.", "Text.");

        Document found = search(administrator, "q", title);
        assertThat(found.select("[data-testid=history-entry]")).hasSize(1);
        assertThat(found.selectFirst("[data-testid=history-entry]").text()).contains(title);
        assertThat(search(administrator, "q", "no object is called this").select("[data-testid=history-entry]")).isEmpty();

        Document first = page(administrator, "/admin/history");
        assertThat(first.select("[data-testid=history-entry]")).hasSize(HistoryService.PAGE_SIZE);
        Document second = page(administrator, first.selectFirst("a[rel=next]").attr("href"));
        assertThat(second.select("[data-testid=history-entry] time").eachAttr("datetime"))
                .isNotEqualTo(first.select("[data-testid=history-entry] time").eachAttr("datetime"));
        mvc.perform(get("/admin/history").param("page", String.valueOf(Integer.MAX_VALUE)).session(administrator))
                .andExpect(status().isOk());
        List<String> oldest = page(administrator, "/admin/history?sort=oldest").select("[data-testid=history-entry] time").eachAttr("datetime");
        assertThat(oldest).isSorted();
    }

    @Test
    void theDashboardShowsTheLatestActions() throws Exception {
        MockHttpSession administrator = signIn(Admin.USERNAME, Admin.PASSWORD);
        String title = "Dashboard history " + NAMES.incrementAndGet();
        TestArticles.create(mvc, "dashboard-history-" + NAMES.get(), title, "A summary.", "Text.");

        Document dashboard = page(administrator, "/admin");
        assertThat(dashboard.select("[data-testid=recent-actions] [data-testid=history-entry]")).hasSizeBetween(1, 10);
        assertThat(dashboard.selectFirst("[data-testid=recent-actions] [data-testid=history-entry]").text()).contains(title);
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/history")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/history/article/1")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/history/article/1/versions/1/restore").with(PageToken.reader(mvc))).andExpect(redirectedUrl("/login"));
    }

    private Document search(MockHttpSession session, String parameter, String value) throws Exception {
        return Html.of(mvc.perform(get("/admin/history").param(parameter, value).session(session)).andExpect(status().isOk()));
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        return Html.of(mvc.perform(get(path).session(session)).andExpect(status().isOk()));
    }

    /** Sends the edit form as the browser would, with every field as shown except the text. */
    private void editArticleText(MockHttpSession session, long id, String text) throws Exception {
        Element form = page(session, "/admin/articles/" + id + "/edit").selectFirst("form.admin-form");
        MockHttpServletRequestBuilder save = post(form.attr("action")).session(session);
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            if (field.is("input[type=checkbox], input[type=radio]") && !field.hasAttr("checked")
                    || field.is("input[type=submit], button")) {
                continue;
            }
            if (field.is("select")) {
                field.select("option[selected]").forEach(option -> save.param(name, option.val()));
            } else {
                save.param(name, name.equals("bodyMarkdown") ? text : field.is("textarea") ? field.wholeText() : field.val());
            }
        }
        mvc.perform(save).andExpect(status().isSeeOther());
    }

    /** Saves the source form as the signed-in editor; where the editor is sent next. */
    private String saveSource(MockHttpSession session, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder save = post(path).session(session)
                .with(PageToken.from(mvc, get("/admin/sources/new").session(session)));
        fields.forEach(save::param);
        return mvc.perform(save).andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
    }

    private long accountId(String username) throws Exception {
        Document list = page(signIn(Admin.USERNAME, Admin.PASSWORD), "/admin/accounts?q=" + username);
        String href = list.selectFirst("[data-testid=account] a").attr("href");
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }

    private MockHttpSession signIn(String username) throws Exception {
        return signIn(username, PASSWORD);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(PageToken.reader(mvc)).with(Clients.fresh())
                        .param("username", username).param("password", password))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
    }

    /** An account made the way an administrator makes one, its password set through the one-time link. */
    private String createAccount(String role) throws Exception {
        MockHttpSession administrator = signIn(Admin.USERNAME, Admin.PASSWORD);
        String username = "history-" + role.toLowerCase() + "-" + NAMES.incrementAndGet();
        Document shown = Html.of(mvc.perform(post("/admin/accounts").session(administrator)
                .with(PageToken.from(mvc, get("/admin/accounts/new").session(administrator)))
                .param("username", username).param("role", role)).andExpect(status().isOk()));
        String link = shown.selectFirst("[data-testid=setup-link]").val();
        String path = link.substring(link.indexOf("/account/setup/"));
        mvc.perform(post(path).with(PageToken.from(mvc, path)).param("password", PASSWORD).param("repeated", PASSWORD))
                .andExpect(redirectedUrl("/login?ready"));
        return username;
    }
}

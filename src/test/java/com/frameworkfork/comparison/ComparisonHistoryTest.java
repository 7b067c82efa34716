package com.frameworkfork.comparison;

import java.util.concurrent.atomic.AtomicInteger;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A comparison cell's history as an editor uses it: a change made on the row's edit screen is
 * recorded with the editor's name and what changed, and restoring the older version puts its text
 * back on the public page.
 */
@SiteTest
class ComparisonHistoryTest {

    private static final String PASSWORD = "plum orbit kettle mango";
    private static final String ROW = "/admin/comparisons/django-vs-flask/criteria/dvf-sessions";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Test
    void anEditorsChangeToACellIsRecordedAndRestoringTheOldVersionBringsItsTextBack() throws Exception {
        String editor = createEditor();
        MockHttpSession session = signIn(editor, PASSWORD);
        Element form = page(session, ROW).selectFirst("form[data-testid=part-form]");
        String before = form.selectFirst("textarea[name=values.flask.text]").wholeText();
        String changed = "Sessions kept in a signed cookie, as an editor rewrote it";

        save(session, form, "values.flask.text", changed);
        assertThat(flaskCell()).contains(changed);

        Element link = page(session, ROW).select("a[data-testid=cell-history-link]").stream()
                .filter(a -> a.text().contains("Flask")).findFirst().orElseThrow();
        Document history = page(session, link.attr("href"));
        Element newest = history.selectFirst("[data-testid=history-entry]");
        assertThat(newest.select("[data-testid=history-actor]").text()).isEqualTo(editor);
        assertThat(newest.select("[data-testid=field-change]").text()).contains(before).contains(changed);
        int versions = history.select("[data-testid=history-entry]").size();

        Element older = history.select("[data-testid=history-entry]").get(1);
        Element restore = page(session, older.selectFirst("[data-testid=restore-link]").attr("href"))
                .selectFirst("form[action$=/restore]");
        mvc.perform(post(restore.attr("action")).session(session)
                        .param("_csrf", restore.selectFirst("input[name=_csrf]").val()))
                .andExpect(status().is3xxRedirection());

        assertThat(flaskCell()).contains(before).doesNotContain(changed);
        Document after = page(session, link.attr("href"));
        assertThat(after.select("[data-testid=history-entry]")).hasSize(versions + 1);
        Element restored = after.selectFirst("[data-testid=history-entry]");
        assertThat(restored.select("[data-testid=history-action]").text()).isEqualToIgnoringCase("restored");
        assertThat(restored.select("[data-testid=history-actor]").text()).isEqualTo(editor);
    }

    @Test
    void aValueThatExistedBeforeHistoryBeganStartsItsHistoryWithTheVersionItHadThen() throws Exception {
        MockHttpSession session = signIn(createEditor(), PASSWORD);
        Element link = page(session, ROW).select("a[data-testid=cell-history-link]").stream()
                .filter(a -> a.text().contains("Django")).findFirst().orElseThrow();

        Element oldest = page(session, link.attr("href")).select("[data-testid=history-entry]").last();

        assertThat(oldest.select("[data-testid=history-action]").text()).isEqualToIgnoringCase("created");
        // Other tests and the content files may have changed the value since; its first version still says something.
        assertThat(oldest.select("[data-testid=field-change] [data-testid=after]").eachText()).isNotEmpty();
    }

    private String flaskCell() throws Exception {
        Document page = Html.of(mvc.perform(get("/compare/django-vs-flask")).andExpect(status().isOk()));
        return page.select("tr[data-criterion=dvf-sessions] td[data-testid=value]").get(1).text();
    }

    /** Sends the edit form as the browser would, with every field as shown except one. */
    private void save(MockHttpSession session, Element form, String changedField, String value) throws Exception {
        MockHttpServletRequestBuilder save = post(form.attr("action")).session(session).param("action", "save");
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            if (field.is("input[type=checkbox], input[type=radio]") && !field.hasAttr("checked")) {
                continue;
            }
            if (field.is("select")) {
                field.select("option[selected]").forEach(option -> save.param(name, option.val()));
            } else {
                save.param(name, name.equals(changedField) ? value : field.is("textarea") ? field.wholeText() : field.val());
            }
        }
        mvc.perform(save).andExpect(status().isSeeOther());
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        return Html.of(mvc.perform(get(path).session(session)).andExpect(status().isOk()));
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(PageToken.reader(mvc)).with(Clients.fresh())
                        .param("username", username).param("password", password))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
    }

    /** An editor's account made the way an administrator makes one, its password set through the one-time link. */
    private String createEditor() throws Exception {
        MockHttpSession administrator = signIn(Admin.USERNAME, Admin.PASSWORD);
        String username = "cell-editor-" + NAMES.incrementAndGet();
        Document shown = Html.of(mvc.perform(post("/admin/accounts").session(administrator)
                .with(PageToken.from(mvc, get("/admin/accounts/new").session(administrator)))
                .param("username", username).param("role", "EDITOR")).andExpect(status().isOk()));
        String link = shown.selectFirst("[data-testid=setup-link]").val();
        String path = link.substring(link.indexOf("/account/setup/"));
        mvc.perform(post(path).with(PageToken.from(mvc, path)).param("password", PASSWORD).param("repeated", PASSWORD))
                .andExpect(redirectedUrl("/login?ready"));
        return username;
    }
}

package com.frameworkfork.account;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.RequestDispatcher;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * As a new administrator would: create an editor and a moderator through the back office, each sets
 * a password through their one-time link, and each may use only what their role allows.
 */
@SiteTest
class AccountsAndRolesTest {

    private static final String PASSWORD = "plum orbit kettle mango";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    private MockHttpSession signIn(String username, String password) throws Exception {
        // Each sign-in from an address of its own, so the per-client allowance of sign-in attempts is no concern here.
        MvcResult signedIn = mvc.perform(login(username, password))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }

    private MockHttpServletRequestBuilder login(String username, String password) throws Exception {
        return post("/login").with(PageToken.reader(mvc)).with(Clients.fresh()).param("username", username).param("password", password);
    }

    /** The token of a back-office page as this signed-in person was shown it: their token lives in their session. */
    private RequestPostProcessor tokenOf(MockHttpSession session, String page) throws Exception {
        return PageToken.from(mvc, get(page).session(session));
    }

    /** Creates the account through the administrator's screen and sets its password through the link shown. */
    private String createThroughTheBackOffice(String role) throws Exception {
        MockHttpSession administrator = signIn(Admin.USERNAME, Admin.PASSWORD);
        String username = role.toLowerCase() + "-" + NAMES.incrementAndGet();
        Document shown = Html.of(mvc.perform(post("/admin/accounts").session(administrator)
                .with(tokenOf(administrator, "/admin/accounts/new"))
                .param("username", username).param("role", role)).andExpect(status().isOk()));
        String link = shown.selectFirst("[data-testid=setup-link]").val();
        String path = link.substring(link.indexOf("/account/setup/"));
        mvc.perform(get(path)).andExpect(status().isOk());
        RequestPostProcessor setupPage = PageToken.from(mvc, path);
        mvc.perform(post(path).with(setupPage).param("password", PASSWORD).param("repeated", PASSWORD))
                .andExpect(redirectedUrl("/login?ready"));
        mvc.perform(post(path).with(setupPage).param("password", PASSWORD).param("repeated", PASSWORD))
                .andExpect(status().isNotFound());
        return username;
    }

    private List<String> navigation(MockHttpSession session) throws Exception {
        return Html.of(mvc.perform(get("/admin").session(session)).andExpect(status().isOk()))
                .select("nav.admin-nav a").eachText();
    }

    @Test
    void anEditorWorksOnContentButNotOnAccountsMaintenanceOrComments() throws Exception {
        MockHttpSession editor = signIn(createThroughTheBackOffice("EDITOR"), PASSWORD);

        mvc.perform(get("/admin/articles").session(editor)).andExpect(status().isOk());
        mvc.perform(get("/admin/articles/new").session(editor)).andExpect(status().isOk());
        for (String forbidden : List.of("/admin/accounts", "/admin/accounts/new", "/admin/maintenance", "/admin/comments")) {
            mvc.perform(get(forbidden).session(editor)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/maintenance").session(editor).with(tokenOf(editor, "/admin/articles/new")).param("enabled", "true"))
                .andExpect(status().isForbidden());
        assertThat(navigation(editor)).contains("Articles").doesNotContain("Accounts", "Maintenance", "Comments");
    }

    @Test
    void aRefusalIsAFriendlyPageThatSaysWhatToDo() throws Exception {
        Document page = Html.of(mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden()));

        assertThat(page.select("[data-testid=forbidden]").text()).contains("administrator");
        assertThat(page.select("main a[href=/admin]")).hasSize(1);
    }

    @Test
    void aModeratorSeesOnlyComments() throws Exception {
        MockHttpSession moderator = signIn(createThroughTheBackOffice("MODERATOR"), PASSWORD);

        mvc.perform(get("/admin/comments").session(moderator)).andExpect(status().isOk());
        mvc.perform(get("/admin/articles").session(moderator)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").session(moderator)).andExpect(status().isForbidden());
        assertThat(navigation(moderator)).contains("Comments").doesNotContain("Articles", "Accounts", "Maintenance");
    }

    @Test
    void anAdministratorSeesEveryPart() throws Exception {
        assertThat(navigation(signIn(Admin.USERNAME, Admin.PASSWORD)))
                .contains("Articles", "Comments", "Maintenance", "Accounts");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtOnce() throws Exception {
        String username = createThroughTheBackOffice("EDITOR");
        MockHttpSession editor = signIn(username, PASSWORD);
        mvc.perform(get("/admin/articles").session(editor)).andExpect(status().isOk());
        MockHttpSession administrator = signIn(Admin.USERNAME, Admin.PASSWORD);
        long id = Long.parseLong(Html.of(mvc.perform(get("/admin/accounts").param("q", username).session(administrator)))
                .selectFirst("[data-testid=account] a").attr("href").replaceAll("\\D+", ""));

        mvc.perform(post("/admin/accounts/{id}/enabled", id).session(administrator)
                .with(tokenOf(administrator, "/admin/accounts/" + id)).param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/accounts/" + id + "?saved"));

        mvc.perform(get("/admin/articles").session(editor)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(login(username, PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void everyoneChangesTheirOwnPasswordAndSignsInAgainWithIt() throws Exception {
        String username = createThroughTheBackOffice("MODERATOR");
        MockHttpSession moderator = signIn(username, PASSWORD);

        Document refused = Html.of(mvc.perform(post("/admin/password").session(moderator).with(tokenOf(moderator, "/admin/password"))
                .param("current", "not it").param("password", "short").param("repeated", "short"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused.select("#current-error").text()).isNotBlank();

        mvc.perform(post("/admin/password").session(moderator).with(tokenOf(moderator, "/admin/password")).param("current", PASSWORD)
                .param("password", "copper lantern quietly").param("repeated", "copper lantern quietly"))
                .andExpect(redirectedUrl("/login?changed"));
        mvc.perform(get("/admin").session(moderator)).andExpect(redirectedUrl("/login?ended"));
        signIn(username, "copper lantern quietly");
    }

    @Test
    void aWeakOrMistypedPasswordIsRefusedOnTheSetupPageWithTheReason() throws Exception {
        MockHttpSession administrator = signIn(Admin.USERNAME, Admin.PASSWORD);
        Document shown = Html.of(mvc.perform(post("/admin/accounts").session(administrator)
                .with(tokenOf(administrator, "/admin/accounts/new")).param("username", "weak-" + NAMES.incrementAndGet()).param("role", "EDITOR")));
        String link = shown.selectFirst("[data-testid=setup-link]").val();
        String path = link.substring(link.indexOf("/account/setup/"));

        RequestPostProcessor setupPage = PageToken.from(mvc, path);
        Document weak = Html.of(mvc.perform(post(path).with(setupPage).param("password", "password1234").param("repeated", "password1234"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(weak.select("#password-error").text()).isNotBlank();
        Document mistyped = Html.of(mvc.perform(post(path).with(setupPage).param("password", PASSWORD).param("repeated", PASSWORD + "x"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(mistyped.select("#repeated-error").text()).isNotBlank();
    }

    @Test
    void aTakenOrMalformedUsernameIsRefusedWithWhatWasTypedKept() throws Exception {
        MockHttpSession administrator = signIn(Admin.USERNAME, Admin.PASSWORD);
        Document refused = Html.of(mvc.perform(post("/admin/accounts").session(administrator)
                .with(tokenOf(administrator, "/admin/accounts/new")).param("username", Admin.USERNAME).param("role", "EDITOR")).andExpect(status().isUnprocessableContent()));
        assertThat(refused.select("#username-error").text()).contains(Admin.USERNAME);
        assertThat(refused.selectFirst("#username").val()).isEqualTo(Admin.USERNAME);
        mvc.perform(post("/admin/accounts").session(administrator).with(tokenOf(administrator, "/admin/accounts/new"))
                .param("username", "Not A Name!")
                .param("role", "EDITOR")).andExpect(status().isUnprocessableContent());
    }
}

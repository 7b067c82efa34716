package com.frameworkfork.admin;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SiteTest
class AdminSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;


    @Test
    void everythingUnderAdminNeedsASignedInAccount() throws Exception {
        for (String path : new String[] {"/admin", "/admin/articles", "/admin/articles/new", "/admin/comments", "/admin/maintenance",
                "/admin/sources", "/admin/sources/new", "/admin/content", "/admin/content/export"}) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/admin/maintenance").with(PageToken.reader(mvc)).param("enabled", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageHasLabelledFieldsForPasswordManagers() throws Exception {
        Document page = Html.of(mvc.perform(get("/login")).andExpect(status().isOk()));

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("form[action=/login]").attr("method")).isEqualTo("post");
        assertThat(page.selectFirst("input[name=username]").attr("autocomplete")).isEqualTo("username");
        assertThat(page.selectFirst("input[name=password]").attr("autocomplete")).isEqualTo("current-password");
        assertThat(page.select("label[for=username], label[for=password]")).hasSize(2);
        assertThat(page.select("form[action=/login] input[name=_csrf]")).hasSize(1);
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
        signIn("not-the-password")
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        Document page = Html.of(mvc.perform(get("/login").param("error", "")));
        assertThat(page.select("[data-testid=login-error]").text()).contains("do not match");
    }

    @Test
    void theRightPasswordOpensTheBackOfficeAndLogOutClosesIt() throws Exception {
        MockHttpSession session = (MockHttpSession) signIn(Admin.PASSWORD)
                .andExpect(redirectedUrl("/admin"))
                .andExpect(authenticated().withRoles("ADMIN"))
                .andReturn().getRequest().getSession(false);

        Document dashboard = Html.of(mvc.perform(get("/admin").session(session)).andExpect(status().isOk()));
        assertThat(dashboard.select("h1").text()).isEqualTo("Dashboard");
        assertThat(dashboard.select("form[action=/logout] input[name=_csrf]")).hasSize(1);

        mvc.perform(post("/logout").session(session).with(PageToken.from(mvc, get("/admin").session(session))))
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(Html.of(mvc.perform(get("/login").param("logout", ""))).select("[data-testid=logged-out]").text())
                .isEqualTo("You have been logged out.");
        mvc.perform(get("/admin").session(session)).andExpect(status().isFound());
    }

    @Test
    void thePasswordIsKeptOnlyAsAStrongHash() {
        String stored = accounts.loadUserByUsername(Admin.USERNAME).getPassword();

        assertThat(stored).startsWith("{bcrypt}").doesNotContain(Admin.PASSWORD);
    }

    @Test
    void readersNeverSeeAdminLinks() throws Exception {
        TestArticles.create(mvc, "no-admin-links");

        for (String path : new String[] {"/", "/articles", "/articles/no-admin-links"}) {
            Document page = Html.of(mvc.perform(get(path)).andExpect(status().isOk()));
            assertThat(page.select("a[href^=/admin], form[action^=/admin], a[href^=/login]")).as(path).isEmpty();
        }
    }

    /** Signs in through the sign-in form, as a browser sends it. */
    private ResultActions signIn(String password) throws Exception {
        return mvc.perform(post("/login").with(PageToken.from(mvc, "/login")).with(Clients.fresh())
                .param("username", Admin.USERNAME).param("password", password));
    }
}

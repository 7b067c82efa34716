package com.frameworkfork.web.maintenance;

import jakarta.servlet.RequestDispatcher;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SiteTest
class MaintenanceModeTest {

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
    MaintenanceMode maintenanceMode;

    @AfterEach
    void switchOff() {
        maintenanceMode.switchTo(false);
    }

    @Test
    void theAdminSwitchesItOnAndEveryPageShowsTheBanner() throws Exception {
        TestArticles.create(mvc, "maintenance-banner");
        assertThat(Html.of(mvc.perform(get("/"))).select("[data-testid=maintenance-banner]")).isEmpty();

        mvc.perform(post("/admin/maintenance").with(asAdmin).param("enabled", "true"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin/maintenance"));

        assertThat(maintenanceMode.isEnabled()).isTrue();
        for (String path : new String[] {"/", "/articles", "/articles/maintenance-banner", "/login"}) {
            Document page = Html.of(mvc.perform(get(path)).andExpect(status().isOk()));
            assertThat(page.select("[data-testid=maintenance-banner]").text())
                    .as(path).contains("The site is under maintenance — quizzes are still available");
            assertThat(page.select("[data-testid=maintenance-banner] a[href=/decide]")).as(path).hasSize(1);
        }
    }

    @Test
    void commentsAnswer503AndKeepWhatTheReaderTyped() throws Exception {
        TestArticles.create(mvc, "maintenance-comment");
        maintenanceMode.switchTo(true);

        Document page = Html.of(mvc.perform(post("/articles/maintenance-comment/comments").with(token).with(Clients.fresh())
                        .param("name", "Ada").param("body", "Kept\nfor later."))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().longValue("Retry-After", 120)));

        assertThat(page.select("h1").text()).contains("maintenance");
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("Ada");
        assertThat(page.selectFirst("textarea[name=body]").wholeText()).isEqualTo("Kept\nfor later.");
        assertThat(page.selectFirst("form.held-form").attr("action")).isEqualTo("/articles/maintenance-comment/comments");
        assertThat(page.select("form.held-form input[name=_csrf]")).hasSize(1);
        assertThat(page.select("a[href=/articles/maintenance-comment]")).hasSize(1);
        assertThat(page.select("[data-testid=maintenance-banner]")).hasSize(1);
        assertThat(Html.of(mvc.perform(get("/articles/maintenance-comment")).andExpect(status().isOk()))
                .select("[data-testid=comment-count]").text()).isEqualTo("0");
    }

    @Test
    void heartsAnswer503WithAWayBack() throws Exception {
        TestArticles.create(mvc, "maintenance-heart");
        maintenanceMode.switchTo(true);

        Document page = Html.of(mvc.perform(post("/articles/maintenance-heart/hearts").with(token))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().longValue("Retry-After", 120)));

        assertThat(page.select("a[href=/articles/maintenance-heart]")).hasSize(1);
        assertThat(page.select("textarea")).isEmpty();
        assertThat(Html.of(mvc.perform(get("/articles/maintenance-heart")))
                .select("[data-testid=heart-count]").text()).isEqualTo("0");
    }

    @Test
    void theQuestionnaireVerdictsAndTheApiWorkAsNormal() throws Exception {
        maintenanceMode.switchTo(true);

        String question = mvc.perform(post("/decide").with(token))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
        String next = question;
        for (int i = 0; i < 6; i++) {
            mvc.perform(get(next)).andExpect(status().isOk());
            next = mvc.perform(post(next).with(token).param("answer", "no"))
                    .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
        }
        assertThat(next).startsWith("/verdict/");
        Document verdict = Html.of(mvc.perform(get(next)).andExpect(status().isOk()));
        assertThat(verdict.select("[data-testid=recommendation]")).hasSize(1);
        assertThat(verdict.select("[data-testid=maintenance-banner]")).hasSize(1);

        mvc.perform(post("/api/v1/verdicts").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"answers\":{\"api\":\"yes\",\"admin\":\"no\",\"solo\":\"yes\",\"team\":\"no\",\"growth\":\"no\",\"learning\":\"no\"}}"))
                .andExpect(status().isCreated());
        assertThat(mvc.perform(get("/articles")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void switchedOffAgainCommentsAndHeartsWork() throws Exception {
        TestArticles.create(mvc, "maintenance-over");
        maintenanceMode.switchTo(true);

        mvc.perform(post("/admin/maintenance").with(asAdmin).param("enabled", "false"))
                .andExpect(status().isSeeOther());

        assertThat(Html.of(mvc.perform(get("/"))).select("[data-testid=maintenance-banner]")).isEmpty();
        mvc.perform(post("/articles/maintenance-over/comments").with(token).with(Clients.fresh())
                .param("name", "Ada").param("body", "Back again")).andExpect(status().isSeeOther());
        mvc.perform(post("/articles/maintenance-over/hearts").with(token)).andExpect(status().isSeeOther());
    }

    @Test
    void errorPagesRenderWithAndWithoutTheBanner() throws Exception {
        Document off = Html.of(mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()));
        assertThat(off.select("h1").text()).isEqualTo("We could not find that page");
        assertThat(off.select("[data-testid=maintenance-banner]")).isEmpty();

        maintenanceMode.switchTo(true);
        Document on = Html.of(mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500).accept(MediaType.TEXT_HTML))
                .andExpect(status().isInternalServerError()));
        assertThat(on.select("h1").text()).isEqualTo("Something went wrong on our side");
        assertThat(on.select("[data-testid=maintenance-banner]")).hasSize(1);
    }

    @Test
    void theAdminPageShowsTheCurrentState() throws Exception {
        maintenanceMode.switchTo(true);

        Document page = Html.of(mvc.perform(get("/admin/maintenance").with(Admin.admin())).andExpect(status().isOk()));

        assertThat(page.select("[data-testid=maintenance-state]").text()).isEqualTo("Maintenance mode is on.");
        assertThat(page.selectFirst("form[action=/admin/maintenance] input[name=enabled]").val()).isEqualTo("false");
        assertThat(page.select("form[action=/admin/maintenance] input[name=_csrf]")).hasSize(1);
    }
}

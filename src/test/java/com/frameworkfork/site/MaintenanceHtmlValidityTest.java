package com.frameworkfork.site;

import com.frameworkfork.support.Clients;
import com.frameworkfork.support.HtmlValidator;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.web.maintenance.MaintenanceMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages only maintenance mode shows (the banner and the 503 pages) pass the Nu HTML Checker too. */
@SiteTest
class MaintenanceHtmlValidityTest {

    private static final String ARTICLE = "/articles/what-each-framework-gives-you";

    @Autowired
    MockMvc mvc;

    /** A reader's CSRF token and cookie, as a page hands them out. */
    private RequestPostProcessor token;

    @BeforeEach
    void takeAReadersToken() throws Exception {
        token = PageToken.reader(mvc);
    }

    @Autowired
    MaintenanceMode maintenanceMode;

    @BeforeEach
    void switchOn() {
        maintenanceMode.switchTo(true);
    }

    @AfterEach
    void switchOff() {
        maintenanceMode.switchTo(false);
    }

    private static void assertValid(String what, ResultActions result) throws Exception {
        String html = result.andReturn().getResponse().getContentAsString();
        assertThat(HtmlValidator.errors(html)).as("Nu HTML Checker errors for %s", what).isEmpty();
    }

    @Test
    void pageWithTheMaintenanceBannerIsValidHtml() throws Exception {
        ResultActions page = mvc.perform(get(ARTICLE)).andExpect(status().isOk());

        assertThat(page.andReturn().getResponse().getContentAsString()).contains("data-testid=\"maintenance-banner\"");
        assertValid("an article with the maintenance banner", page);
    }

    @Test
    void heldCommentPageIsValidHtml() throws Exception {
        assertValid("the 503 page holding a comment", mvc.perform(post(ARTICLE + "/comments").with(token).with(Clients.fresh())
                .param("name", "Ada").param("body", "Kept for later.")).andExpect(status().isServiceUnavailable()));
    }

    @Test
    void pausedHeartPageIsValidHtml() throws Exception {
        assertValid("the 503 page for a heart", mvc.perform(post(ARTICLE + "/hearts").with(token))
                .andExpect(status().isServiceUnavailable()));
    }
}

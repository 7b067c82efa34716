package com.frameworkfork.site;

import com.frameworkfork.support.Html;
import com.frameworkfork.support.StartUpSwitches;
import com.frameworkfork.support.TestArticles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an operator sets at start-up: maintenance on, sponsored slot off. */
@StartUpSwitches
class OperatorSwitchesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void maintenanceSetAtStartUpIsStoredForEveryInstance() throws Exception {
        assertThat(jdbc.queryForObject("SELECT setting_value FROM site_setting WHERE setting_name = 'maintenance.enabled'",
                String.class)).isEqualTo("true");
        assertThat(Html.of(mvc.perform(get("/"))).select("[data-testid=maintenance-banner]")).hasSize(1);
    }

    @Test
    void aSwitchedOffSponsoredSlotRendersNothing() throws Exception {
        TestArticles.create(mvc, "no-sponsor");

        Document page = Html.of(mvc.perform(get("/articles/no-sponsor")).andExpect(status().isOk()));

        assertThat(page.select("[data-testid=sponsored-slot]")).isEmpty();
        assertThat(page.select(".sponsored-space")).isEmpty();
    }
}

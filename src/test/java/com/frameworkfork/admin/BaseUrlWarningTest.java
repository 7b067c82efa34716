package com.frameworkfork.admin;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.StartUpSwitches;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The check remembers the first public host name it sees, so no other test of its application sends one. */
@StartUpSwitches
class BaseUrlWarningTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDashboardWarnsOnceReadersArriveUnderAPublicNameWhileTheBaseUrlIsLocal() throws Exception {
        assertThat(Html.of(mvc.perform(get("/admin").with(Admin.admin())).andExpect(status().isOk()))
                .select("[data-testid=base-url-warning]")).isEmpty();

        mvc.perform(get("/").header("Host", StartUpSwitches.PUBLIC_HOST)).andExpect(status().isOk());

        var warning = Html.of(mvc.perform(get("/admin").with(Admin.admin())).andExpect(status().isOk()))
                .selectFirst("[data-testid=base-url-warning]");
        assertThat(warning).isNotNull();
        assertThat(warning.select("code").eachText()).startsWith(StartUpSwitches.PUBLIC_HOST, StartUpSwitches.BASE_URL);
    }
}

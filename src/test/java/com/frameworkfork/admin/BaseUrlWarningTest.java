package com.frameworkfork.admin;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Html;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Its own application: the check remembers the first public host name it sees. */
@SpringBootTest(properties = {"site.base-url=http://localhost:8080", "site.extra-hosts=frameworks.example"})
@AutoConfigureMockMvc
class BaseUrlWarningTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDashboardWarnsOnceReadersArriveUnderAPublicNameWhileTheBaseUrlIsLocal() throws Exception {
        assertThat(Html.of(mvc.perform(get("/admin").with(Admin.admin())).andExpect(status().isOk()))
                .select("[data-testid=base-url-warning]")).isEmpty();

        mvc.perform(get("/").header("Host", "frameworks.example")).andExpect(status().isOk());

        var warning = Html.of(mvc.perform(get("/admin").with(Admin.admin())).andExpect(status().isOk()))
                .selectFirst("[data-testid=base-url-warning]");
        assertThat(warning).isNotNull();
        assertThat(warning.select("code").eachText()).startsWith("frameworks.example", "http://localhost:8080");
    }
}

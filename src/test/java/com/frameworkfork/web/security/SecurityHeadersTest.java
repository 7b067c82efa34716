package com.frameworkfork.web.security;

import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tests' configuration names frameworkfork.example as an extra host (SITE_EXTRA_HOSTS). */
@SiteTest
class SecurityHeadersTest {

    @Autowired
    private MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles", "/articles/security-defaults-compared", "/assets/css/site.css", "/actuator/health"})
    void everyResponseCarriesTheProtectiveHeaders(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();

        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
    }

    @Test
    void plainHttpGetsNoHstsButHttpsDoes() throws Exception {
        mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));

        mvc.perform(get("/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void requestsForAnUnknownHostAreRefused() throws Exception {
        mvc.perform(get("/").header("Host", "evil.example")).andExpect(status().isBadRequest());
        mvc.perform(get("/articles").with(request -> {
            request.setServerName("attacker.test");
            return request;
        })).andExpect(status().isBadRequest());
    }

    @Test
    void configuredAndDefaultHostsAreServed() throws Exception {
        for (String host : new String[] {"localhost", "127.0.0.1", "frameworkfork.example", "FrameworkFork.Example"}) {
            mvc.perform(get("/").with(request -> {
                request.setServerName(host);
                return request;
            })).andExpect(status().isOk());
        }
    }

    @Test
    void pagesContainNoInlineScriptsOrStyles() throws Exception {
        for (String path : new String[] {"/", "/articles", "/articles/django-or-flask-decision-guide"}) {
            String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
            assertThat(page.select("script:not([src])")).as("inline scripts on %s", path).isEmpty();
            assertThat(page.select("style")).as("style elements on %s", path).isEmpty();
            assertThat(page.select("[style]")).as("style attributes on %s", path).isEmpty();
            assertThat(page.select("[onclick],[onload],[onerror],[onsubmit]")).as("event handlers on %s", path).isEmpty();
        }
    }
}

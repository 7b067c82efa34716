package com.frameworkfork.web.cache;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import com.frameworkfork.web.PublicContentChanged;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Kept pages are served to other readers with their own CSRF token, and dropped when content changes. */
@SpringBootTest(properties = "site.page-cache.lifetime=1h")
@AutoConfigureMockMvc
class PageCacheTest {

    private static final String ARTICLE = "/articles/security-defaults-compared";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PageCache pageCache;

    @AfterEach
    void restore() {
        jdbc.update("UPDATE article SET title = 'Security Defaults Compared: What Django and Flask Protect Out of the Box' "
                + "WHERE slug = 'security-defaults-compared'");
        pageCache.changed(new PublicContentChanged() { });
    }

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
    }

    private static String title(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString()).select("h1").text();
    }

    @Test
    void aKeptPageIsServedUntilItsContentChanges() throws Exception {
        fetch(ARTICLE);
        jdbc.update("UPDATE article SET title = 'Changed behind the site''s back' WHERE slug = 'security-defaults-compared'");

        assertThat(title(fetch(ARTICLE))).startsWith("Security Defaults Compared");

        pageCache.changed(new PublicContentChanged() {
            @Override
            public Optional<String> page() {
                return Optional.of(ARTICLE);
            }
        });
        assertThat(title(fetch(ARTICLE))).isEqualTo("Changed behind the site's back");
    }

    @Test
    void everyReaderOfAKeptPageGetsTheirOwnWorkingCsrfToken() throws Exception {
        fetch(ARTICLE);
        MockHttpServletResponse first = fetch(ARTICLE);
        MockHttpServletResponse second = fetch(ARTICLE);

        String firstCookie = first.getCookie("XSRF-TOKEN").getValue();
        String secondCookie = second.getCookie("XSRF-TOKEN").getValue();
        assertThat(firstCookie).isNotEqualTo(secondCookie);
        Document page = Jsoup.parse(second.getContentAsString());
        List<String> formTokens = page.select("input[name=_csrf]").eachAttr("value");
        assertThat(formTokens).isNotEmpty().doesNotContain(Jsoup.parse(first.getContentAsString())
                .select("input[name=_csrf]").first().attr("value"));

        mvc.perform(post(ARTICLE + "/hearts").cookie(new Cookie("XSRF-TOKEN", secondCookie)).param("_csrf", formTokens.get(0)))
                .andExpect(status().isSeeOther());
        mvc.perform(post(ARTICLE + "/hearts").cookie(new Cookie("XSRF-TOKEN", firstCookie)).param("_csrf", formTokens.get(0)))
                .andExpect(status().isForbidden());
    }

    /** Over HTTPS the token cookie has the __Host- name; kept pages are still kept and still get each reader's own. */
    @Test
    void overHttpsAKeptPageIsKeptAndEveryReaderGetsTheirOwnHostOnlyToken() throws Exception {
        MockHttpServletResponse rendered = mvc.perform(get(ARTICLE).secure(true)).andExpect(status().isOk()).andReturn().getResponse();
        jdbc.update("UPDATE article SET title = 'Changed behind the site''s back' WHERE slug = 'security-defaults-compared'");
        MockHttpServletResponse kept = mvc.perform(get(ARTICLE).secure(true)).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(title(kept)).startsWith("Security Defaults Compared");
        Cookie renderedCookie = rendered.getCookie("__Host-XSRF-TOKEN");
        Cookie keptCookie = kept.getCookie("__Host-XSRF-TOKEN");
        assertThat(keptCookie.getSecure()).isTrue();
        assertThat(keptCookie.getValue()).isNotEqualTo(renderedCookie.getValue());
        String token = Jsoup.parse(kept.getContentAsString()).select("input[name=_csrf]").first().attr("value");
        mvc.perform(post(ARTICLE + "/hearts").secure(true).cookie(renderedCookie).param("_csrf", token))
                .andExpect(status().isForbidden());
        mvc.perform(post(ARTICLE + "/hearts").secure(true).cookie(keptCookie).param("_csrf", token))
                .andExpect(status().isSeeOther());
    }

    @Test
    void aReturningReaderKeepsTheirCsrfCookie() throws Exception {
        fetch(ARTICLE);
        Cookie known = new Cookie("XSRF-TOKEN", "0b9c6e1e-6f7e-4a53-9f0e-2d5f6a1b7c11");

        MockHttpServletResponse response = mvc.perform(get(ARTICLE).cookie(known)).andReturn().getResponse();

        assertThat(response.getCookie("XSRF-TOKEN")).isNull();
        String token = Jsoup.parse(response.getContentAsString()).select("input[name=_csrf]").first().attr("value");
        mvc.perform(post(ARTICLE + "/hearts").cookie(known).param("_csrf", token)).andExpect(status().isSeeOther());
    }

    @Test
    void keptPagesCarryTheSameProtectiveHeaders() throws Exception {
        MockHttpServletResponse rendered = fetch("/");
        MockHttpServletResponse kept = fetch("/");

        for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
                "Referrer-Policy", "Permissions-Policy", "Content-Type")) {
            assertThat(kept.getHeader(header)).as(header).isNotNull().isEqualTo(rendered.getHeader(header));
        }
    }

    @Test
    void aSignedInSessionAlwaysGetsAFreshPage() throws Exception {
        fetch(ARTICLE);
        jdbc.update("UPDATE article SET title = 'Seen only fresh' WHERE slug = 'security-defaults-compared'");

        String html = mvc.perform(get(ARTICLE).with(request -> {
            request.setRequestedSessionId("some-admin-session");
            return request;
        })).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Seen only fresh");
    }

    @Test
    void onlySuccessfulPagesAreKept() throws Exception {
        mvc.perform(get("/articles/not-yet-written")).andExpect(status().isNotFound());
        jdbc.update("UPDATE article SET slug = 'not-yet-written' WHERE slug = 'security-defaults-compared'");
        try {
            mvc.perform(get("/articles/not-yet-written")).andExpect(status().isOk());
        } finally {
            jdbc.update("UPDATE article SET slug = 'security-defaults-compared' WHERE slug = 'not-yet-written'");
        }
    }

    @Test
    void heartingDropsTheKeptPageSoTheReaderSeesTheirHeart() throws Exception {
        long shown = Long.parseLong(Jsoup.parse(fetch(ARTICLE).getContentAsString())
                .select("[data-testid=heart-count]").text().replace(",", ""));

        mvc.perform(post(ARTICLE + "/hearts").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().isSeeOther());

        assertThat(Jsoup.parse(fetch(ARTICLE).getContentAsString()).select("[data-testid=heart-count]").text())
                .isEqualTo(String.valueOf(shown + 1));
    }

    @Test
    void theReaderWhoseRequestRenderedThePageGetsWhatLaterReadersGet() throws Exception {
        pageCache.changed(new PublicContentChanged() { });
        MockHttpServletResponse rendered = fetch(ARTICLE);
        MockHttpServletResponse kept = fetch(ARTICLE);

        String token = "name=\"_csrf\" value=\"[^\"]*\"";
        assertThat(rendered.getContentAsString().replaceAll(token, ""))
                .isEqualTo(kept.getContentAsString().replaceAll(token, ""));
        assertThat(rendered.getCookie("XSRF-TOKEN")).isNotNull();
        assertThat(rendered.getHeaders("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).hasSize(1);
    }
}

package com.frameworkfork.article;

import jakarta.servlet.http.Cookie;

import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import com.frameworkfork.web.VisitorCookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One heart per visitor, recognised by a cookie of their own. That a heart needs the CSRF token and
 * a GET to its address changes nothing is checked for every route at once (security/CsrfCoverageTest,
 * security/GetChangesNothingTest).
 */
@SiteTest
class HeartsTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    private RequestPostProcessor token;

    @BeforeEach
    void takeAReadersToken() throws Exception {
        token = PageToken.reader(mvc);
    }

    private long hearts(String slug) {
        return jdbc.queryForObject("SELECT heart_count FROM article WHERE slug = ?", Long.class, slug);
    }

    @Test
    void aHeartIsCountedAndRedirectsBackToTheArticle() throws Exception {
        TestArticles.create(mvc, "hearted");

        MockHttpServletResponse response = mvc.perform(post("/articles/hearted/hearts").with(token))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/articles/hearted#hearts"))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString(VisitorCookie.NAME + "=")))
                .andReturn().getResponse();

        assertThat(hearts("hearted")).isEqualTo(1);
        assertThat(response.getHeader("Set-Cookie")).contains("HttpOnly", "SameSite=Lax", "Max-Age=");
    }

    @Test
    void aSecondHeartFromTheSameVisitorChangesNothing() throws Exception {
        TestArticles.create(mvc, "hearted-twice");
        Cookie visitor = new Cookie(VisitorCookie.NAME, "0f0e0d0c-0b0a-4908-8706-050403020100");
        mvc.perform(post("/articles/hearted-twice/hearts").cookie(visitor).with(token)).andExpect(status().isSeeOther());

        mvc.perform(post("/articles/hearted-twice/hearts").cookie(visitor).with(token)).andExpect(status().isSeeOther());

        assertThat(hearts("hearted-twice")).isEqualTo(1);
    }

    @Test
    void aForgedVisitorCookieIsReplacedNotTrusted() throws Exception {
        TestArticles.create(mvc, "hearted-with-a-forged-cookie");
        Cookie forged = new Cookie(VisitorCookie.NAME, "' OR 1=1 --");

        String setCookie = mvc.perform(post("/articles/hearted-with-a-forged-cookie/hearts").cookie(forged).with(token))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Set-Cookie");

        assertThat(setCookie).matches(VisitorCookie.NAME + "=[0-9a-f-]{36};.*");
        assertThat(hearts("hearted-with-a-forged-cookie")).isEqualTo(1);
    }

    @Test
    void heartingAnUnknownArticleIsNotFound() throws Exception {
        mvc.perform(post("/articles/nothing-here/hearts").with(token)).andExpect(status().isNotFound());
    }
}

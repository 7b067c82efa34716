package com.frameworkfork.article;

import jakarta.servlet.http.Cookie;

import com.frameworkfork.web.VisitorCookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class HeartsTest {

    private static final String SLUG = "ecosystem-community-and-learning-curve";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    private long hearts() {
        return jdbc.queryForObject("SELECT heart_count FROM article WHERE slug = ?", Long.class, SLUG);
    }

    @Test
    void aHeartIsCountedAndRedirectsBackToTheArticle() throws Exception {
        long before = hearts();

        MockHttpServletResponse response = mvc.perform(post("/articles/" + SLUG + "/hearts").with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/articles/" + SLUG + "#hearts"))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString(VisitorCookie.NAME + "=")))
                .andReturn().getResponse();

        assertThat(hearts()).isEqualTo(before + 1);
        assertThat(response.getHeader("Set-Cookie")).contains("HttpOnly", "SameSite=Lax", "Max-Age=");
    }

    @Test
    void aSecondHeartFromTheSameVisitorChangesNothing() throws Exception {
        Cookie visitor = new Cookie(VisitorCookie.NAME, "0f0e0d0c-0b0a-4908-8706-050403020100");
        mvc.perform(post("/articles/" + SLUG + "/hearts").cookie(visitor).with(csrf())).andExpect(status().isSeeOther());
        long afterFirst = hearts();

        mvc.perform(post("/articles/" + SLUG + "/hearts").cookie(visitor).with(csrf())).andExpect(status().isSeeOther());

        assertThat(hearts()).isEqualTo(afterFirst);
    }

    @Test
    void aForgedVisitorCookieIsReplacedNotTrusted() throws Exception {
        Cookie forged = new Cookie(VisitorCookie.NAME, "' OR 1=1 --");

        String setCookie = mvc.perform(post("/articles/" + SLUG + "/hearts").cookie(forged).with(csrf()))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader("Set-Cookie");

        assertThat(setCookie).matches(VisitorCookie.NAME + "=[0-9a-f-]{36};.*");
    }

    @Test
    void heartingWithoutTheCsrfTokenIsForbidden() throws Exception {
        long before = hearts();

        mvc.perform(post("/articles/" + SLUG + "/hearts")).andExpect(status().isForbidden());

        assertThat(hearts()).isEqualTo(before);
    }

    @Test
    void aGetOnTheHeartAddressChangesNothing() throws Exception {
        long before = hearts();

        mvc.perform(get("/articles/" + SLUG + "/hearts"));

        assertThat(hearts()).isEqualTo(before);
    }

    @Test
    void heartingAnUnknownArticleIsNotFound() throws Exception {
        mvc.perform(post("/articles/nothing-here/hearts").with(csrf())).andExpect(status().isNotFound());
    }
}

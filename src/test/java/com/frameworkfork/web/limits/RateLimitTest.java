package com.frameworkfork.web.limits;

import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.HtmlValidator;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.TestArticles;
import com.frameworkfork.support.TightLimits;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Comments over the per-client limit get a friendly 429 page that keeps what was typed. */
@TightLimits
class RateLimitTest {

    @Autowired
    MockMvc mvc;

    private RequestPostProcessor token;

    @BeforeEach
    void takeAReadersToken() throws Exception {
        token = PageToken.reader(mvc);
    }

    @Test
    void aClientPostingTooFastGets429WithItsTextKept() throws Exception {
        TestArticles.create(mvc, "rate-limited");
        for (int i = 0; i < TightLimits.PER_MINUTE; i++) {
            post("rate-limited", "203.0.113.7", "Comment " + i).andExpect(status().isSeeOther());
        }

        ResultActions refused = post("rate-limited", "203.0.113.7", "One too soon").andExpect(status().isTooManyRequests());

        long retryAfter = Long.parseLong(refused.andReturn().getResponse().getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        Document page = Html.of(refused);
        assertThat(page.selectFirst("textarea[name=body]").wholeText()).isEqualTo("One too soon");
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("Ada");
        assertThat(page.select("[data-testid=retry-after]").text()).endsWith("seconds");
        assertThat(HtmlValidator.errors(refused.andReturn().getResponse().getContentAsString()))
                .as("Nu HTML Checker errors for the rate-limited page").isEmpty();

        post("rate-limited", "203.0.113.8", "Another reader is not affected").andExpect(status().isSeeOther());
    }

    @Test
    void invalidPostsCountTowardsTheLimitToo() throws Exception {
        TestArticles.create(mvc, "rate-limited-invalid");
        for (int i = 0; i < TightLimits.PER_MINUTE; i++) {
            post("rate-limited-invalid", "203.0.113.9", "").andExpect(status().isUnprocessableContent());
        }

        post("rate-limited-invalid", "203.0.113.9", "Fine now").andExpect(status().isTooManyRequests());
    }

    private ResultActions post(String slug, String client, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/articles/{slug}/comments", slug).with(token)
                .with(Clients.from(client))
                .param("name", "Ada").param("body", body));
    }
}

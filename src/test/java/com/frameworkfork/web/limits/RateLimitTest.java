package com.frameworkfork.web.limits;

import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.TestArticles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "site.comments.per-minute=2")
@AutoConfigureMockMvc
class RateLimitTest {

    @Autowired
    MockMvc mvc;


    @Test
    void aClientPostingTooFastGets429WithItsTextKept() throws Exception {
        TestArticles.create(mvc, "rate-limited");

        post("rate-limited", "203.0.113.7", "First").andExpect(status().isSeeOther());
        post("rate-limited", "203.0.113.7", "Second").andExpect(status().isSeeOther());
        ResultActions third = post("rate-limited", "203.0.113.7", "Third, too soon").andExpect(status().isTooManyRequests());

        long retryAfter = Long.parseLong(third.andReturn().getResponse().getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        Document page = Html.of(third);
        assertThat(page.selectFirst("textarea[name=body]").wholeText()).isEqualTo("Third, too soon");
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("Ada");
        assertThat(page.select("[data-testid=retry-after]").text()).endsWith("seconds");

        post("rate-limited", "203.0.113.8", "Another reader is not affected").andExpect(status().isSeeOther());
    }

    @Test
    void invalidPostsCountTowardsTheLimitToo() throws Exception {
        TestArticles.create(mvc, "rate-limited-invalid");

        post("rate-limited-invalid", "203.0.113.9", "").andExpect(status().isUnprocessableContent());
        post("rate-limited-invalid", "203.0.113.9", "").andExpect(status().isUnprocessableContent());
        post("rate-limited-invalid", "203.0.113.9", "Fine now").andExpect(status().isTooManyRequests());
    }

    private ResultActions post(String slug, String client, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/articles/{slug}/comments", slug).with(csrf())
                .with(Clients.from(client))
                .param("name", "Ada").param("body", body));
    }
}

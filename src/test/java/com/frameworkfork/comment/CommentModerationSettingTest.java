package com.frameworkfork.comment;

import java.net.URI;

import com.frameworkfork.support.Clients;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.TestArticles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** site.comments.moderation: {@code none} shows every comment at once, {@code all} holds every one. */
class CommentModerationSettingTest {

    private static URI comment(MockMvc mvc, String slug, String body) throws Exception {
        return URI.create(mvc.perform(post("/articles/{slug}/comments", slug).with(PageToken.from(mvc, "/articles/" + slug))
                        .with(Clients.fresh()).param("name", "Reader").param("body", body))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl());
    }

    @Nested
    @SpringBootTest(properties = {"site.comments.moderation=none"})
    @AutoConfigureMockMvc
    class None {

        @Autowired
        MockMvc mvc;

        @Test
        void aCommentWithALinkIsShownAtOnce() throws Exception {
            TestArticles.create(mvc, "unmoderated");

            assertThat(comment(mvc, "unmoderated", "More at https://example.com/more").getFragment()).isNotEqualTo("comment-held");

            assertThat(Html.of(mvc.perform(get("/articles/unmoderated"))).select("[data-testid=comment]").text())
                    .contains("More at https://example.com/more");
        }
    }

    @Nested
    @SpringBootTest(properties = {"site.comments.moderation=all"})
    @AutoConfigureMockMvc
    class All {

        @Autowired
        MockMvc mvc;

        @Test
        void evenAPlainCommentWaitsForReview() throws Exception {
            TestArticles.create(mvc, "all-moderated");

            URI held = comment(mvc, "all-moderated", "Nothing but words here.");

            assertThat(held.getFragment()).isEqualTo("comment-held");
            assertThat(Html.of(mvc.perform(get("/articles/all-moderated"))).text()).doesNotContain("Nothing but words here.");
            assertThat(Html.of(mvc.perform(get(held.getPath()))).select("[data-testid=comment-held]").text())
                    .contains("Nothing but words here.");
        }
    }
}

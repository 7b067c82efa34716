package com.frameworkfork.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Creates articles the way an editor does, through the back office's form, so tests need no seeded content. */
public final class TestArticles {

    private static final Pattern SAVED_ID = Pattern.compile("/admin/articles/(\\d+)/edit");

    private TestArticles() {
    }

    /** Publishes an article with this slug and returns its id. */
    public static long create(MockMvc mvc, String slug) throws Exception {
        MvcResult saved = mvc.perform(post("/admin/articles").with(Admin.admin()).with(csrf())
                        .param("slug", slug)
                        .param("title", "Title of " + slug)
                        .param("summary", "Summary of " + slug + ".")
                        .param("categorySlug", "guides")
                        .param("publishedOn", "2026-06-03")
                        .param("bodyMarkdown", "## Section\n\nBody of " + slug + ".")
                        .param("sourceCodes", "S1")
                        .param("published", "true"))
                .andExpect(status().isSeeOther())
                .andReturn();
        Matcher id = SAVED_ID.matcher(saved.getResponse().getRedirectedUrl());
        if (!id.find()) {
            throw new IllegalStateException("Test article " + slug + " was not saved");
        }
        return Long.parseLong(id.group(1));
    }
}

package com.frameworkfork.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Creates articles the way an editor does, through the back office's form, so tests need no seeded
 * content and change none: a test in a shared application context works on articles of its own.
 */
public final class TestArticles {

    private static final Pattern SAVED_ID = Pattern.compile("/admin/articles/(\\d+)/edit");

    private TestArticles() {
    }

    /** Publishes an article with this slug, titled "Title of " and the slug, in the guides category; returns its id. */
    public static long create(MockMvc mvc, String slug) throws Exception {
        return create(mvc, slug, "Title of " + slug, "Summary of " + slug + ".", "## Section\n\nBody of " + slug + ".");
    }

    /**
     * Publishes an article with these texts and returns its id. The form's own CSRF token is used rather
     * than Spring Security's test token, which would swap the application's token repository for one
     * kept in the session and so change how the site answers every later request in the same context.
     */
    public static long create(MockMvc mvc, String slug, String title, String summary, String bodyMarkdown) throws Exception {
        MvcResult form = mvc.perform(get("/admin/articles/new").with(Admin.admin())).andExpect(status().isOk()).andReturn();
        String token = Jsoup.parse(form.getResponse().getContentAsString()).selectFirst("input[name=_csrf]").val();
        MvcResult saved = mvc.perform(post("/admin/articles").with(Admin.admin()).with(PageToken.sameBrowser(form))
                        .param("_csrf", token)
                        .param("slug", slug)
                        .param("title", title)
                        .param("summary", summary)
                        .param("categorySlug", "guides")
                        .param("publishedOn", "2026-06-03")
                        .param("bodyMarkdown", bodyMarkdown)
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

package com.frameworkfork.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Creates articles the way an editor does, through the back office's form, so tests need no seeded content. */
public final class TestArticles {

    private static final Pattern SAVED_ID = Pattern.compile("/admin/articles/(\\d+)/edit");

    private TestArticles() {
    }

    /** Publishes an article with this slug and returns its id. */
    public static long create(MockMvc mvc, String slug) throws Exception {
        return create(mvc, fields(slug));
    }

    /** Publishes an article with these texts, in the guides category, and returns its id. */
    public static long create(MockMvc mvc, String slug, String title, String summary, String bodyMarkdown) throws Exception {
        Map<String, String> fields = fields(slug);
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("bodyMarkdown", bodyMarkdown);
        return create(mvc, fields);
    }

    /** Saves an article with these editor fields and returns its id. */
    public static long create(MockMvc mvc, Map<String, String> fields) throws Exception {
        MvcResult saved = submit(mvc, "/admin/articles", fields).andExpect(status().isSeeOther()).andReturn();
        Matcher id = SAVED_ID.matcher(saved.getResponse().getRedirectedUrl());
        if (!id.find()) {
            throw new IllegalStateException("Test article " + fields.get("slug") + " was not saved");
        }
        return Long.parseLong(id.group(1));
    }

    /** The fields of a valid article an editor publishes, to change before sending. */
    public static Map<String, String> fields(String slug) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("title", "Title of " + slug);
        fields.put("summary", "Summary of " + slug + ".");
        fields.put("categorySlug", "guides");
        fields.put("publishedOn", "2026-06-03");
        fields.put("bodyMarkdown", "## Section\n\nBody of " + slug + ".");
        fields.put("sourceCodes", "S1");
        fields.put("state", "published");
        fields.put("action", "save");
        return fields;
    }

    /**
     * Posts editor fields to a back-office address as the admin. The editor page's own CSRF token is
     * used rather than Spring Security's test token, which would swap the application's token
     * repository for one kept in the session and so change how the site answers every later request
     * in the same context.
     */
    public static ResultActions submit(MockMvc mvc, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(asAdminWithToken(mvc));
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    /** The admin, with the CSRF token of the editor page, for any back-office post. */
    public static RequestPostProcessor asAdminWithToken(MockMvc mvc)
            throws Exception {
        MvcResult form = mvc.perform(get("/admin/articles/new").with(Admin.admin())).andExpect(status().isOk()).andReturn();
        String token = Jsoup.parse(form.getResponse().getContentAsString()).selectFirst("input[name=_csrf]").val();
        return request -> {
            Admin.admin().postProcessRequest(request);
            PageToken.sameBrowser(form).postProcessRequest(request);
            request.addParameter("_csrf", token);
            return request;
        };
    }
}

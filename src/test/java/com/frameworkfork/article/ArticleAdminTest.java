package com.frameworkfork.article;

import java.util.List;
import java.util.Map;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SiteTest
class ArticleAdminTest {

    @Autowired
    MockMvc mvc;

    /** The admin's identity and the token of a back-office page. */
    private RequestPostProcessor asAdmin;

    @BeforeEach
    void takeTokens() throws Exception {
        asAdmin = PageToken.asAdmin(mvc);
    }

    @Autowired
    ArticleRepository articles;

    @Test
    void anAdminCreatesAPublishedArticle() throws Exception {
        String location = save("/admin/articles", fields("admin-created", "published"))
                .andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/admin/articles/\\d+/edit\\?saved");

        Document article = Html.of(mvc.perform(get("/articles/admin-created")).andExpect(status().isOk()));
        assertThat(article.select("h1").text()).isEqualTo("Written in the back office");
        assertThat(article.select(".prose h2").text()).isEqualTo("A heading");
        assertThat(article.select("[data-testid=source]").text()).contains("S2");
        assertThat(article.select("[data-testid=sponsored-slot]")).hasSize(1);

        Document editor = Html.of(mvc.perform(get(location).with(Admin.admin())).andExpect(status().isOk()));
        assertThat(editor.select("[data-testid=saved]")).hasSize(1);
        assertThat(editor.selectFirst("input[name=slug]").val()).isEqualTo("admin-created");
    }

    @Test
    void invalidInputIsShownBackWithMessagesAndNothingStored() throws Exception {
        Map<String, String> fields = fields("Not A Slug!", "published");
        fields.put("title", "");

        Document page = Html.of(save("/admin/articles", fields).andExpect(status().isUnprocessableContent()));

        assertThat(page.select("#slug-error").text()).isNotBlank();
        assertThat(page.select("#title-error").text()).isNotBlank().isNotEqualTo(page.select("#slug-error").text());
        assertThat(page.select("#summary-error, #body-error, #category-error")).isEmpty();
        assertThat(page.selectFirst("input[name=slug]").val()).isEqualTo("Not A Slug!");
        assertThat(page.selectFirst("textarea[name=bodyMarkdown]").wholeText()).isEqualTo("## A heading\n\nSome *text*.");
        assertThat(page.selectFirst("input[name=slug]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("input[name=slug]").attr("aria-describedby")).isEqualTo("slug-hint slug-error");
        assertThat(page.selectFirst("textarea[name=bodyMarkdown]").attr("aria-describedby")).isEqualTo("body-hint");
        assertThat(articles.existsBySlug("Not A Slug!")).isFalse();
    }

    @Test
    void aBodyWithinItsLimitThatRendersTooLargeComesBackWithItsTextAndAMessage() throws Exception {
        // Both under the 200,000-character limit; as HTML each is well over what an article holds.
        for (String body : List.of("&".repeat(200_000), "*a* ".repeat(49_000))) {
            Map<String, String> fields = fields("renders-large", "published");
            fields.put("bodyMarkdown", body);

            Document page = Html.of(save("/admin/articles", fields).andExpect(status().isUnprocessableContent()));

            assertThat(page.select("#body-error").text()).isNotBlank();
            assertThat(page.selectFirst("textarea[name=bodyMarkdown]").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.selectFirst("textarea[name=bodyMarkdown]").wholeText()).isEqualTo(body);
            assertThat(page.selectFirst("input[name=slug]").val()).isEqualTo("renders-large");
            assertThat(articles.existsBySlug("renders-large")).isFalse();
        }
    }

    @Test
    void aTakenSlugIsRefused() throws Exception {
        save("/admin/articles", fields("taken-slug", "published")).andExpect(status().isSeeOther());

        Document page = Html.of(save("/admin/articles", fields("taken-slug", "draft"))
                .andExpect(status().isUnprocessableContent()));

        String error = page.select("#slug-error").text();
        assertThat(error).as("the refusal offers a free slug").isNotBlank().containsPattern("taken-slug-\\d+");
        assertThat(articles.existsBySlug(error.replaceAll(".*(taken-slug-\\d+).*", "$1"))).isFalse();
    }

    @Test
    void editingChangesWhatReadersSee() throws Exception {
        String location = save("/admin/articles", fields("edited", "published")).andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.replaceAll("\\D", ""));

        Map<String, String> fields = fields("edited", "published");
        fields.put("title", "A better title");
        save("/admin/articles/" + id, fields).andExpect(status().isSeeOther());

        assertThat(Html.of(mvc.perform(get("/articles/edited"))).select("h1").text()).isEqualTo("A better title");
    }

    @Test
    void unpublishingHidesTheArticleAndPublishingBringsItBack() throws Exception {
        String location = save("/admin/articles", fields("toggled", "published")).andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.replaceAll("\\D", ""));

        mvc.perform(post("/admin/articles/{id}/publication", id).with(asAdmin).param("published", "false"))
                .andExpect(status().isSeeOther());
        mvc.perform(get("/articles/toggled")).andExpect(status().isNotFound());
        Document list = Html.of(mvc.perform(get("/admin/articles").with(Admin.admin())).andExpect(status().isOk()));
        assertThat(list.select("tr[data-slug=toggled]").text()).contains("Draft").contains("Publish");

        mvc.perform(post("/admin/articles/{id}/publication", id).with(asAdmin).param("published", "true"))
                .andExpect(status().isSeeOther());
        mvc.perform(get("/articles/toggled")).andExpect(status().isOk());
    }

    private ResultActions save(String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(asAdmin);
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    private static Map<String, String> fields(String slug, String state) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("title", "Written in the back office");
        fields.put("summary", "An article created by the admin.");
        fields.put("categorySlug", "security");
        fields.put("publishedOn", "2026-06-03");
        fields.put("bodyMarkdown", "## A heading\n\nSome *text*.");
        fields.put("sourceCodes", "S2");
        fields.put("state", state);
        fields.put("action", "save");
        return fields;
    }
}

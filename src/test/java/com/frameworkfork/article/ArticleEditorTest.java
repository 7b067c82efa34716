package com.frameworkfork.article;

import java.util.LinkedHashMap;
import java.util.Map;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.HtmlValidator;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The editor's help: a slug made from the title, and a preview of the whole page as readers will see it. */
@SiteTest
class ArticleEditorTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEmptySlugIsMadeFromTheTitleFoldedToPlainLettersAndHyphens() throws Exception {
        Map<String, String> fields = TestArticles.fields("");
        fields.put("title", "Größe, Ærø & Łódź: Django 6.0 vs. Flask!");
        TestArticles.create(mvc, fields);

        mvc.perform(get("/articles/grosse-aero-lodz-django-6-0-vs-flask")).andExpect(status().isOk());
    }

    @Test
    void aSuggestedSlugNeverTakesOneInUseOrOneADeletedArticleLeft() throws Exception {
        Map<String, String> fields = TestArticles.fields("");
        fields.put("title", "Twice told tale");
        long first = TestArticles.create(mvc, fields);
        TestArticles.create(mvc, fields);
        mvc.perform(get("/articles/twice-told-tale")).andExpect(status().isOk());
        mvc.perform(get("/articles/twice-told-tale-2")).andExpect(status().isOk());

        TestArticles.submit(mvc, "/admin/articles/" + first + "/delete", Map.of()).andExpect(status().isSeeOther());
        TestArticles.create(mvc, fields);
        mvc.perform(get("/articles/twice-told-tale")).andExpect(status().isGone());
        mvc.perform(get("/articles/twice-told-tale-3")).andExpect(status().isOk());
    }

    @Test
    void aTitleWithoutLatinLettersStillGetsAUsableSlug() throws Exception {
        Map<String, String> fields = TestArticles.fields("");
        fields.put("title", "Джанго или Фласк");
        long id = TestArticles.create(mvc, fields);

        String slug = jdbc.queryForObject("SELECT slug FROM article WHERE id = ?", String.class, id);
        assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*");
        mvc.perform(get("/articles/" + slug)).andExpect(status().isOk());
    }

    @Test
    void previewShowsTheWholeArticlePageFromTheUnsavedFormAndKeepsTheForm() throws Exception {
        Map<String, String> fields = TestArticles.fields("");
        fields.put("title", "Previewed before saving");
        fields.put("bodyMarkdown", "## A heading\n\nSome *text*.");
        fields.put("action", "preview");

        MockHttpServletResponse response = TestArticles.submit(mvc, "/admin/articles", fields)
                .andExpect(status().isOk()).andReturn().getResponse();
        String html = response.getContentAsString();
        Document preview = Jsoup.parse(html);

        assertThat(preview.select("[data-testid=preview-banner]")).hasSize(1);
        assertThat(preview.select("header.site-header nav a[href=/articles]")).isNotEmpty();
        assertThat(preview.select("main h1").text()).isEqualTo("Previewed before saving");
        assertThat(preview.select(".prose h2").text()).isEqualTo("A heading");
        assertThat(preview.select(".prose em").text()).isEqualTo("text");
        assertThat(preview.select("[data-testid=source]").text()).contains("S1");
        assertThat(preview.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(preview.select("form[action$=/hearts], form[action$=/comments]")).isEmpty();
        Element keep = preview.selectFirst("[data-testid=preview-banner] form[method=post]");
        assertThat(keep.selectFirst("input[name=slug]").val()).isEqualTo("previewed-before-saving");
        assertThat(keep.selectFirst("input[name=bodyMarkdown]").val()).isEqualTo("## A heading\n\nSome *text*.");
        assertThat(keep.select("button[name=action]").eachAttr("value")).contains("edit", "save");
        assertThat(HtmlValidator.errors(html)).as("the preview page").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE title = 'Previewed before saving'", Long.class)).isZero();

        Map<String, String> back = new LinkedHashMap<>();
        keep.select("input[type=hidden]").forEach(input -> back.put(input.attr("name"), input.val()));
        back.remove("_csrf");
        back.put("action", "edit");
        Document editor = Html.of(TestArticles.submit(mvc, "/admin/articles", back).andExpect(status().isOk()));
        assertThat(editor.selectFirst("input[name=title]").val()).isEqualTo("Previewed before saving");
        assertThat(editor.selectFirst("input[name=slug]").val()).isEqualTo("previewed-before-saving");
        assertThat(editor.selectFirst("textarea[name=bodyMarkdown]").wholeText()).isEqualTo("## A heading\n\nSome *text*.");
    }

    @Test
    void draftsArePreviewedFromTheListAndPublishedArticlesViewedOnTheSite() throws Exception {
        Map<String, String> draft = TestArticles.fields("a-quiet-draft");
        draft.put("state", "draft");
        long draftId = TestArticles.create(mvc, draft);
        TestArticles.create(mvc, "out-in-the-open");

        Document list = Html.of(mvc.perform(get("/admin/articles").with(Admin.admin())).andExpect(status().isOk()));
        assertThat(list.select("tr[data-slug=a-quiet-draft] a").eachAttr("href")).contains("/admin/articles/" + draftId + "/preview")
                .doesNotContain("/articles/a-quiet-draft");
        assertThat(list.select("tr[data-slug=out-in-the-open] a").eachAttr("href")).contains("/articles/out-in-the-open");

        Document preview = Html.of(mvc.perform(get("/admin/articles/{id}/preview", draftId).with(Admin.admin()))
                .andExpect(status().isOk()));
        assertThat(preview.select("[data-testid=preview-banner]")).hasSize(1);
        assertThat(preview.select("main h1").text()).isEqualTo("Title of a-quiet-draft");
        mvc.perform(get("/articles/a-quiet-draft")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/articles/{id}/preview", draftId)).andExpect(status().is3xxRedirection());
    }
}

package com.frameworkfork.source;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's sources: list with search and kind filter, create and edit with every problem
 * shown beside its field, and deletion refused while the source is cited anywhere.
 */
@SiteTest
class SourceAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentVersion version;

    @Autowired
    DataSource dataSource;

    @Test
    void anEditorCreatesASourceAndFindsItInTheList() throws Exception {
        String location = save("/admin/sources", fields("created-source", "Created source"))
                .andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/admin/sources/\\d+/edit\\?saved");

        Document editor = Html.of(mvc.perform(get(location).with(Admin.admin())).andExpect(status().isOk()));
        assertThat(editor.select("[data-testid=saved]")).hasSize(1);
        assertThat(editor.selectFirst("input[name=title]").val()).isEqualTo("A source written in the back office");
        assertThat(editor.selectFirst("input[name=kind][checked]").val()).isEqualTo("survey");
        assertThat(editor.selectFirst("input[name=checked]").val()).isEqualTo("2026-11-30");

        Document list = Html.of(mvc.perform(get("/admin/sources").param("q", "created-source").with(Admin.admin()))
                .andExpect(status().isOk()));
        assertThat(list.select("[data-testid=admin-source]")).singleElement()
                .satisfies(row -> assertThat(row.attr("data-code")).isEqualTo("created-source"));
    }

    @Test
    void refusedInputComesBackWithEachMessageBesideItsFieldAndNothingIsStored() throws Exception {
        Map<String, String> fields = fields("refused-source", "");
        fields.put("url", "javascript:alert(1)");
        fields.put("published", "2026-02-30");
        fields.put("title", "  Kept title  ");
        fields.remove("kind");

        Document page = Html.of(save("/admin/sources", fields).andExpect(status().isUnprocessableContent()));

        assertThat(page.select("#label-error").text()).isNotBlank();
        assertThat(page.select("#url-error").text()).contains("https://");
        assertThat(page.select("#published-error").text()).contains("year-month-day");
        assertThat(page.select("#kind-error").text()).isNotBlank();
        assertThat(page.select("#title-error")).isEmpty();
        assertThat(page.select("[data-testid=source-errors] li")).hasSize(4);
        assertThat(page.selectFirst("input[name=url]").val()).isEqualTo("javascript:alert(1)");
        assertThat(page.selectFirst("input[name=url]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("input[name=url]").attr("aria-describedby")).contains("url-error");
        assertThat(page.selectFirst("input[name=published]").val()).isEqualTo("2026-02-30");
        assertThat(page.selectFirst("input[name=title]").val()).isEqualTo("Kept title");
        assertThat(page.selectFirst("textarea[name=note]").wholeText()).isEqualTo("What it is and how far to trust it.");
        assertThat(page.select("form.admin-form input[name=_csrf]")).hasSize(1);
        assertThat(count("refused-source")).isZero();
    }

    @Test
    void aCheckDateBeforeThePublicationDateIsRefused() throws Exception {
        Map<String, String> fields = fields("checked-too-early", "Checked too early");
        fields.put("published", "2026-06-01");
        fields.put("checked", "2026-05-31");

        Document page = Html.of(save("/admin/sources", fields).andExpect(status().isUnprocessableContent()));

        assertThat(page.select("#checked-error").text()).isNotBlank();
        assertThat(count("checked-too-early")).isZero();
    }

    @Test
    void codesAndLabelsAreEachUsedByOneSourceOnly() throws Exception {
        save("/admin/sources", fields("unique-source", "Unique label")).andExpect(status().isSeeOther());

        Document sameCode = Html.of(save("/admin/sources", fields("unique-source", "Another label"))
                .andExpect(status().isUnprocessableContent()));
        Document sameLabel = Html.of(save("/admin/sources", fields("another-source", "UNIQUE label"))
                .andExpect(status().isUnprocessableContent()));

        assertThat(sameCode.select("#code-error").text()).isNotBlank();
        assertThat(sameCode.select("#label-error")).isEmpty();
        assertThat(sameLabel.select("#label-error").text()).isNotBlank();
        assertThat(sameLabel.select("#code-error")).isEmpty();
        assertThat(count("another-source")).isZero();
    }

    @Test
    void editingASourceChangesWhatReadersSeeOnEveryPageCitingItAndKeepsItsCode() throws Exception {
        long id = create("edited-source", "Before the edit");
        citeInAnArticle("cites-edited-source", "edited-source");
        assertThat(Html.of(mvc.perform(get("/articles/cites-edited-source"))).select("[data-testid=source]").text())
                .contains("Before the edit");
        long versionBefore = version.current();

        Map<String, String> fields = fields("renamed-code", "After the edit");
        save("/admin/sources/" + id, fields).andExpect(status().isSeeOther());

        assertThat(Html.of(mvc.perform(get("/articles/cites-edited-source"))).select("[data-testid=source]").text())
                .contains("After the edit").doesNotContain("Before the edit");
        assertThat(jdbc.queryForObject("SELECT code FROM source WHERE id = ?", String.class, id)).isEqualTo("edited-source");
        assertThat(version.current()).as("every instance learns of the change").isGreaterThan(versionBefore);
    }

    @Test
    void aSourceStillCitedCannotBeDeletedAndTheEditorIsToldWhere() throws Exception {
        long id = create("cited-source", "Cited source");
        citeInAnArticle("cites-the-source", "cited-source");

        Document confirm = Html.of(mvc.perform(get("/admin/sources/{id}/delete", id).with(Admin.admin()))
                .andExpect(status().isOk()));
        assertThat(confirm.select("[data-testid=citing-place]")).extracting(Element::text)
                .containsExactly("the article Title of cites-the-source");
        assertThat(confirm.select("form[action=/admin/sources/" + id + "/delete]")).isEmpty();

        Document refused = Html.of(mvc.perform(post("/admin/sources/{id}/delete", id).with(PageToken.asAdmin(mvc)))
                .andExpect(status().isConflict()));
        assertThat(refused.select("[data-testid=citing-place]")).extracting(Element::text)
                .containsExactly("the article Title of cites-the-source");
        assertThat(count("cited-source")).isOne();
    }

    @Test
    void aSourceNobodyCitesIsDeletedAfterConfirmation() throws Exception {
        long id = create("uncited-source", "Uncited source");
        long versionBefore = version.current();

        Document confirm = Html.of(mvc.perform(get("/admin/sources/{id}/delete", id).with(Admin.admin()))
                .andExpect(status().isOk()));
        assertThat(confirm.select("form[method=post][action=/admin/sources/" + id + "/delete] button")).hasSize(1);
        assertThat(count("uncited-source")).as("asking is not deleting").isOne();

        mvc.perform(post("/admin/sources/{id}/delete", id).with(PageToken.asAdmin(mvc)))
                .andExpect(status().isSeeOther());

        assertThat(count("uncited-source")).isZero();
        assertThat(version.current()).isGreaterThan(versionBefore);
        mvc.perform(get("/admin/sources/{id}/edit", id).with(Admin.admin())).andExpect(status().isNotFound());
    }

    @Test
    void aSourceOtherContentStillRefersToIsRefusedEvenWhereNoFeatureNamesThePlace() throws Exception {
        long referenced = sourceReferencedOutsideArticles();
        List<Long> citingArticles = jdbc.queryForList("SELECT article_id FROM article_source WHERE source_id = ?",
                Long.class, referenced);
        jdbc.update("DELETE FROM article_source WHERE source_id = ?", referenced);
        try {
            mvc.perform(post("/admin/sources/{id}/delete", referenced).with(PageToken.asAdmin(mvc)))
                    .andExpect(status().isConflict());

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source WHERE id = ?", Long.class, referenced)).isOne();
        } finally {
            citingArticles.forEach(article -> jdbc.update(
                    "INSERT INTO article_source (article_id, source_id) VALUES (?, ?)", article, referenced));
        }
    }

    @Test
    void theListIsSortedByCodeInPagesOfFifty() throws Exception {
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM source", Long.class);
        assertThat(total).as("enough sources for two pages").isGreaterThan(50);

        List<String> codes = new ArrayList<>();
        for (int page = 1; page <= (total + 49) / 50; page++) {
            Document list = Html.of(mvc.perform(get("/admin/sources").param("page", String.valueOf(page)).with(Admin.admin()))
                    .andExpect(status().isOk()));
            List<String> onPage = list.select("[data-testid=admin-source]").eachAttr("data-code");
            assertThat(onPage.size()).isLessThanOrEqualTo(50);
            codes.addAll(onPage);
        }

        assertThat(codes).hasSize((int) total).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.comparing(code -> code.toLowerCase(Locale.ROOT)));
    }

    @Test
    void theListIsSearchedByTextAndFilteredByKind() throws Exception {
        Document primaryReleases = Html.of(mvc.perform(get("/admin/sources").param("q", "Release")
                .param("kind", "primary").with(Admin.admin())).andExpect(status().isOk()));
        Document surveys = Html.of(mvc.perform(get("/admin/sources").param("kind", "survey").with(Admin.admin()))
                .andExpect(status().isOk()));
        Document wildcard = Html.of(mvc.perform(get("/admin/sources").param("q", "%").with(Admin.admin()))
                .andExpect(status().isOk()));

        List<String> expected = jdbc.queryForList("SELECT code FROM source WHERE kind = 'PRIMARY' AND ("
                + "LOWER(code) LIKE '%release%' OR LOWER(label) LIKE '%release%' OR LOWER(title) LIKE '%release%' "
                + "OR LOWER(publisher) LIKE '%release%' OR LOWER(url) LIKE '%release%' OR LOWER(note) LIKE '%release%')",
                String.class);
        assertThat(expected).as("one page of matches").isNotEmpty().hasSizeLessThanOrEqualTo(50);
        assertThat(primaryReleases.select("[data-testid=admin-source]").eachAttr("data-code"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(surveys.select("[data-testid=admin-source]").eachAttr("data-kind")).isNotEmpty().containsOnly("survey");
        assertThat(primaryReleases.selectFirst("#source-q").val()).isEqualTo("Release");
        assertThat(primaryReleases.selectFirst("select[name=kind] option[selected]").val()).isEqualTo("primary");
        assertThat(wildcard.select("[data-testid=admin-source]").eachAttr("data-code"))
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                        "SELECT code FROM source WHERE code LIKE '%!%%' ESCAPE '!' OR label LIKE '%!%%' ESCAPE '!' "
                                + "OR title LIKE '%!%%' ESCAPE '!' OR publisher LIKE '%!%%' ESCAPE '!' "
                                + "OR url LIKE '%!%%' ESCAPE '!' OR note LIKE '%!%%' ESCAPE '!'", String.class));
    }

    private long create(String code, String label) throws Exception {
        String location = save("/admin/sources", fields(code, label)).andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.replaceAll("\\D", ""));
    }

    private void citeInAnArticle(String slug, String code) throws Exception {
        mvc.perform(post("/admin/articles").with(PageToken.asAdmin(mvc))
                        .param("slug", slug).param("title", "Title of " + slug).param("summary", "Summary.")
                        .param("categorySlug", "guides").param("publishedOn", "2026-06-03")
                        .param("bodyMarkdown", "Body.").param("sourceCodes", code).param("state", "published").param("action", "save"))
                .andExpect(status().isSeeOther());
    }

    /** A source some table other than the articles' refers to, found from the schema rather than named here. */
    private long sourceReferencedOutsideArticles() throws Exception {
        List<String[]> references = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            DatabaseMetaData schema = connection.getMetaData();
            try (ResultSet keys = schema.getExportedKeys(connection.getCatalog(), connection.getSchema(), "SOURCE")) {
                while (keys.next()) {
                    String table = keys.getString("FKTABLE_NAME");
                    if (!table.equalsIgnoreCase("ARTICLE_SOURCE")) {
                        references.add(new String[] {table, keys.getString("FKCOLUMN_NAME")});
                    }
                }
            }
        }
        for (String[] reference : references) {
            List<Long> ids = jdbc.queryForList("SELECT " + reference[1] + " FROM " + reference[0], Long.class);
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
        }
        throw new AssertionError("No content outside articles refers to a source; references found: " + references.size());
    }

    private long count(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM source WHERE code = ?", Long.class, code);
    }

    private ResultActions save(String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(PageToken.asAdmin(mvc));
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    private static Map<String, String> fields(String code, String label) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("label", label);
        fields.put("title", "A source written in the back office");
        fields.put("publisher", "The editors");
        fields.put("published", "2026-11-01");
        fields.put("publishedLabel", "");
        fields.put("checked", "2026-11-30");
        fields.put("kind", "survey");
        fields.put("url", "https://example.org/source");
        fields.put("licence", "");
        fields.put("note", "What it is and how far to trust it.");
        return fields;
    }
}

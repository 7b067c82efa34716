package com.frameworkfork.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.frameworkfork.content.ContentFileException;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentImporter;
import com.frameworkfork.content.ContentKind;
import com.frameworkfork.content.ContentReview;
import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.HtmlValidator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Shipped updates held back because an editor changed the record, as the back office shows them and
 * settles them, and the export of all content as the content files. The shipped files are imported
 * with changes here, so this class has a site of its own; each test changes sources of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ContentAdminTest {

    private static final String SOURCES = "sources.yml";
    private static final String LATER_CHECK = "2027-01-15";
    private static final Pattern CHECKED = Pattern.compile("\n    checked: \\d{4}-\\d\\d-\\d\\d\n");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentImporter importer;

    @Autowired
    ContentReview review;

    @Autowired
    List<ContentKind> kinds;


    @Autowired
    Clock clock;

    @Test
    void aShippedUpdateOfASourceAnEditorChangedWaitsOnTheDashboardAndIsShownSideBySide() throws Exception {
        editSource("S3", "title", "Retitled by an editor");

        ContentImporter.Report report = importer.importFiles(shippedWithALaterCheckOf("S3"));

        assertThat(report.heldBack()).isPositive();
        assertThat(review.heldBack()).filteredOn(update -> update.key().equals("S3")).hasSize(1);
        assertThat(column("S3", "checked_on")).hasToString("2026-12-01");
        Document dashboard = Html.of(mvc.perform(get("/admin").with(Admin.admin())).andExpect(status().isOk()));
        assertThat(dashboard.select("[data-testid=held-back-count]").text())
                .isEqualTo(String.valueOf(review.heldBack().size()));
        assertThat(dashboard.select("[data-testid=held-back-updates] a[href^=/admin/content]")).isNotEmpty();

        assertThat(HtmlValidator.errors(dashboard.outerHtml())).as("the dashboard with updates waiting").isEmpty();
        Document page = contentPage();
        assertThat(HtmlValidator.errors(page.outerHtml())).as("the held-back updates").isEmpty();
        Element update = heldBackOn(page, "S3");
        assertThat(cells(update, "title")).containsExactly("Flask vs Django", "Retitled by an editor");
        assertThat(cells(update, "checked")).containsExactly(LATER_CHECK, "2026-12-01");
        assertThat(update.select("tr[data-field=title]").hasClass("differs")).isTrue();
        assertThat(update.select("tr[data-field=publisher]").hasClass("differs")).isFalse();
        assertThat(cells(update, "publisher")).hasSize(2).allMatch(value -> value.equals(cells(update, "publisher").get(0)));
    }

    @Test
    void takingTheShippedVersionReplacesTheEditorsAndSettlesIt() throws Exception {
        editSource("S5", "title", "Retitled by an editor");
        importer.importFiles(shippedWithALaterCheckOf("S5"));
        String take = heldBackOn(contentPage(), "S5").selectFirst("form[data-testid=take-shipped]").attr("action");

        mvc.perform(post(take).with(Admin.admin()).with(csrf())).andExpect(status().isSeeOther());

        assertThat(column("S5", "title")).isEqualTo("Django vs Flask 2026");
        assertThat(column("S5", "checked_on")).hasToString(LATER_CHECK);
        assertThat(contentPage().select("[data-testid=held-back][data-key=S5]")).isEmpty();
        assertThat(importer.importFiles(shippedWithALaterCheckOf("S5")).heldBack()).isZero();
    }

    @Test
    void keepingTheEditorsVersionLeavesItAndTheSameShippedVersionIsNotOfferedAgain() throws Exception {
        editSource("S4", "title", "Kept by an editor");
        importer.importFiles(shippedWithALaterCheckOf("S4"));
        String keep = heldBackOn(contentPage(), "S4").selectFirst("form[data-testid=keep-current]").attr("action");

        mvc.perform(post(keep).with(Admin.admin()).with(csrf())).andExpect(status().isSeeOther());

        assertThat(column("S4", "title")).isEqualTo("Kept by an editor");
        assertThat(contentPage().select("[data-testid=held-back][data-key=S4]")).isEmpty();
        importer.importFiles(shippedWithALaterCheckOf("S4"));
        assertThat(contentPage().select("[data-testid=held-back][data-key=S4]")).isEmpty();
        assertThat(column("S4", "title")).isEqualTo("Kept by an editor");
    }

    @Test
    void aSourceTheEditorDeletedIsOfferedBackWhenAnUpdateShipsAndCanBeRestored() throws Exception {
        String code = "shipped-then-deleted";
        importer.importFiles(shippedWithAnExtraSource(code, "2026-11-01"));
        long id = jdbc.queryForObject("SELECT id FROM source WHERE code = ?", Long.class, code);
        mvc.perform(post("/admin/sources/{id}/delete", id).with(Admin.admin()).with(csrf())).andExpect(status().isSeeOther());

        importer.importFiles(shippedWithAnExtraSource(code, LATER_CHECK));

        Element update = heldBackOn(contentPage(), code);
        assertThat(update.select("[data-testid=deleted-by-editor]")).hasSize(1);
        assertThat(cells(update, "checked").get(0)).isEqualTo(LATER_CHECK);
        mvc.perform(post(update.selectFirst("form[data-testid=take-shipped]").attr("action")).with(Admin.admin()).with(csrf()))
                .andExpect(status().isSeeOther());
        assertThat(column(code, "checked_on")).hasToString(LATER_CHECK);
    }

    @Test
    void anUpdateAlreadySettledElsewhereIsReportedAsSuch() throws Exception {
        editSource("S2", "publisher", "Changed by an editor");
        importer.importFiles(shippedWithALaterCheckOf("S2"));
        String keep = heldBackOn(contentPage(), "S2").selectFirst("form[data-testid=keep-current]").attr("action");
        mvc.perform(post(keep).with(Admin.admin()).with(csrf())).andExpect(status().isSeeOther());

        String again = mvc.perform(post(keep).with(Admin.admin()).with(csrf())).andExpect(status().isSeeOther())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(Html.of(mvc.perform(get(again).with(Admin.admin())).andExpect(status().isOk()))
                .select("[data-testid=already-settled]")).hasSize(1);
    }

    @Test
    void theExportHoldsEveryFileTheSiteReadsAndImportingItBackChangesNothing() throws Exception {
        editSource("S1", "note", "A note an editor wrote.");
        mvc.perform(post("/admin/sources").with(Admin.admin()).with(csrf())
                        .param("code", "added-by-an-editor").param("label", "Added by an editor")
                        .param("title", "A source only the database has").param("publisher", "The editors")
                        .param("published", "2026-11-02").param("kind", "secondary"))
                .andExpect(status().isSeeOther());
        assertThat(contentPage().select("a[href=/admin/content/export]")).hasSize(1);

        MockHttpServletResponse download = mvc.perform(get("/admin/content/export").with(Admin.admin()))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(download.getContentType()).isEqualTo("application/zip");
        ContentDisposition disposition = ContentDisposition.parse(download.getHeader(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("framework-fork-content-" + LocalDate.now(clock) + ".zip");
        ContentFiles exported = ContentFiles.fromZip(download.getContentAsByteArray());
        assertThat(exported.texts().keySet()).containsAll(filesTheSiteReads());
        assertThat(exported.required(SOURCES).text()).contains("A note an editor wrote.", "added-by-an-editor");

        ContentImporter.Report reimported = importer.importFiles(exported);

        assertThat(reimported.written()).isZero();
        assertThat(reimported.removed()).isZero();
        assertThat(reimported.heldBack()).isZero();
    }

    /** The shipped files with one source's check date moved on, as a later release would ship it. */
    private static ContentFiles shippedWithALaterCheckOf(String code) {
        Map<String, String> texts = new HashMap<>(ContentFiles.shipped().texts());
        String file = texts.get(SOURCES);
        int block = file.indexOf("  - code: " + code + "\n");
        assertThat(block).as("%s ships %s", SOURCES, code).isNotNegative();
        Matcher checked = CHECKED.matcher(file);
        assertThat(checked.find(block)).isTrue();
        texts.put(SOURCES, file.substring(0, checked.start()) + "\n    checked: " + LATER_CHECK + "\n"
                + file.substring(checked.end()));
        return new ContentFiles(texts);
    }

    /** The shipped files with one more source, uncited, checked on the given day (a release that adds a source). */
    private static ContentFiles shippedWithAnExtraSource(String code, String checked) {
        Map<String, String> texts = new HashMap<>(ContentFiles.shipped().texts());
        texts.put(SOURCES, texts.get(SOURCES).replaceFirst("(?m)^sources:\n", "sources:\n  - code: " + code + "\n"
                + "    label: " + code + "\n    title: A source a later release adds\n    publisher: Test publisher\n"
                + "    published-label: November 2026\n    checked: " + checked + "\n    kind: secondary\n"));
        return new ContentFiles(texts);
    }

    /** Sends the source's own edit form back with one field changed, as an editor does. */
    private void editSource(String code, String field, String value) throws Exception {
        long id = jdbc.queryForObject("SELECT id FROM source WHERE code = ?", Long.class, code);
        Document form = Html.of(mvc.perform(get("/admin/sources/{id}/edit", id).with(Admin.admin())).andExpect(status().isOk()));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("form.admin-form input, form.admin-form textarea")) {
            boolean radio = input.attr("type").equals("radio");
            if (!input.attr("name").equals("_csrf") && (!radio || input.hasAttr("checked"))) {
                fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val());
            }
        }
        fields.put(field, value);
        MockHttpServletRequestBuilder save = post("/admin/sources/{id}", id).with(Admin.admin()).with(csrf());
        fields.forEach(save::param);
        mvc.perform(save).andExpect(status().isSeeOther());
    }

    /** Every shipped file some kind of content reads: without it, what the kind makes of the files changes. */
    private Set<String> filesTheSiteReads() {
        ContentFiles shipped = ContentFiles.shipped();
        Set<String> read = new TreeSet<>();
        for (String path : shipped.texts().keySet()) {
            Map<String, String> without = new HashMap<>(shipped.texts());
            without.remove(path);
            for (ContentKind kind : kinds) {
                try {
                    if (!kind.shipped(new ContentFiles(without)).equals(kind.shipped(shipped))) {
                        read.add(path);
                    }
                } catch (ContentFileException needsIt) {
                    read.add(path);
                }
            }
        }
        assertThat(read).as("the files the site reads").contains(SOURCES);
        return read;
    }


    private Document contentPage() throws Exception {
        return Html.of(mvc.perform(get("/admin/content").with(Admin.admin())).andExpect(status().isOk()));
    }

    private static Element heldBackOn(Document page, String key) {
        Element update = page.selectFirst("[data-testid=held-back][data-kind=source][data-key=" + key + "]");
        assertThat(update).as("the held-back update of %s", key).isNotNull();
        return update;
    }

    /** The shipped and the current value of one field, in that order. */
    private static List<String> cells(Element update, String field) {
        return update.select("tr[data-field=" + field + "] td").eachText();
    }

    private Object column(String code, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM source WHERE code = ?", Object.class, code);
    }
}

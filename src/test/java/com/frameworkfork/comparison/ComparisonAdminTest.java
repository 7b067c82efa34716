package com.frameworkfork.comparison;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentImporter;
import com.frameworkfork.content.ContentReview;
import com.frameworkfork.support.Admin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's frameworks and comparison screens, used as an editor uses them: forms read from
 * the page they are on and sent back changed, problems answered with 422 next to their field with
 * the typed text kept, removals confirmed first, and every change visible on the public page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ComparisonAdminTest {

    private static final String PAGE = "/compare/django-vs-flask";
    private static final String ADMIN = "/admin/comparisons/django-vs-flask";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentImporter importer;

    @Autowired
    ContentReview review;

    /** The signed-in editor as a browser has them: with a session, so pages are rendered for them. */
    private static RequestPostProcessor editor() {
        RequestPostProcessor admin = Admin.admin();
        return request -> {
            request.setRequestedSessionId("editor-session");
            return admin.postProcessRequest(request);
        };
    }

    private Document open(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(editor())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private Document publicPage() throws Exception {
        return Jsoup.parse(mvc.perform(get(PAGE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** What the form on the page would send, as a browser sends it (ticked boxes, chosen options, typed text). */
    private static MultiValueMap<String, String> formOn(Document page) {
        Element form = page.selectFirst("form[data-testid=part-form]");
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        for (Element input : form.select("input[name]")) {
            boolean box = input.attr("type").equals("checkbox");
            if (!box || input.hasAttr("checked")) {
                fields.add(input.attr("name"), input.val());
            }
        }
        form.select("textarea[name]").forEach(t -> fields.add(t.attr("name"), t.val()));
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            fields.add(select.attr("name"), chosen == null ? "" : chosen.val());
        }
        fields.remove("_csrf");
        return fields;
    }

    private MvcResult send(String path, MultiValueMap<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(editor()).with(csrf());
        form.forEach((name, values) -> values.forEach(v -> request.param(name, v)));
        return mvc.perform(request).andReturn();
    }

    private static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private String valueText(String criterion, String framework) {
        return jdbc.queryForObject("SELECT v.value_text FROM criterion_value v JOIN criterion c ON c.id = v.criterion_id "
                + "JOIN framework f ON f.id = v.framework_id WHERE c.code = ? AND f.slug = ?", String.class, criterion, framework);
    }

    @Test
    void anEditorSeesAnEditLinkOnEveryEditableBlockAndEachOpensItsScreen() throws Exception {
        Document page = open(PAGE);

        for (String block : List.of("section.compare-section", "tr[data-testid=criterion]", "[data-testid=note]",
                "[data-testid=disagreement]", "[data-testid=benchmark]", "[data-testid=use-case]", "[data-testid=pro]",
                "[data-testid=con]", "[data-testid=migration-step]", "[data-testid=support]")) {
            assertThat(page.select(block)).as(block).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.select("a[data-testid=edit-link]")).as(block).isNotEmpty());
        }
        Set<String> screens = new LinkedHashSet<>(page.select("a[data-testid=edit-link]").eachAttr("href"));
        for (String screen : screens) {
            mvc.perform(get(screen).with(editor())).andExpect(status().isOk());
            mvc.perform(get(screen)).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void readersNeverSeeEditLinksNotEvenRightAfterAnEditorOpenedThePage() throws Exception {
        mvc.perform(get(PAGE).with(Admin.admin())).andExpect(status().isOk());

        Document page = publicPage();

        assertThat(page.select("a[data-testid=edit-link], a[href^=/admin]")).isEmpty();
    }

    @Test
    void anEditorsChangeToAValueShowsOnThePublicPage() throws Exception {
        String path = ADMIN + "/criteria/dvf-pattern";
        MultiValueMap<String, String> form = formOn(open(path));
        form.set("values.django.text", "Model-view-template, as an editor puts it");

        MvcResult saved = send(path, form);

        assertThat(saved.getResponse().getStatus()).isEqualTo(303);
        assertThat(open(saved.getResponse().getRedirectedUrl()).select("[data-testid=saved]")).hasSize(1);
        assertThat(valueText("dvf-pattern", "django")).isEqualTo("Model-view-template, as an editor puts it");
        assertThat(publicPage().select("tr[data-criterion=dvf-pattern] td[data-testid=value]").get(0).text())
                .contains("Model-view-template, as an editor puts it");
    }

    @Test
    void aValueWithoutASourceIsRefusedWith422NextToItsFieldAndTheTypedTextIsKept() throws Exception {
        String path = ADMIN + "/criteria/dvf-orm";
        String before = valueText("dvf-orm", "flask");
        MultiValueMap<String, String> form = formOn(open(path));
        form.remove("values.flask.sources");
        form.set("values.flask.text", "Typed by the editor, not saved");

        MvcResult refused = send(path, form);

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        Document shown = html(refused);
        assertThat(shown.select("#field-values-flask-sources-error").text()).isNotBlank();
        assertThat(shown.selectFirst("textarea[name=values.flask.text]").val()).isEqualTo("Typed by the editor, not saved");
        assertThat(shown.select("[data-testid=part-errors] li")).isNotEmpty();
        assertThat(valueText("dvf-orm", "flask")).isEqualTo(before);
    }

    @Test
    void aReleaseNeedsADateItsSupportCannotEndBeforeItAndANewOneShowsInTheVersionsTable() throws Exception {
        String path = "/admin/frameworks/flask";
        MultiValueMap<String, String> form = formOn(open(path));
        form.remove("releases.0.released");
        assertThat(send(path, form).getResponse().getStatus()).isEqualTo(422);

        form = formOn(open(path));
        form.set("releases.0.security-until", "2020-01-01");
        MvcResult early = send(path, form);
        assertThat(early.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(early).select("#field-releases-0-security-until-error").text()).isNotBlank();

        form = formOn(open(path));
        form.set("action", "add:releases");
        MvcResult added = send(path, form);
        assertThat(added.getResponse().getStatus()).isEqualTo(200);
        Document withRow = html(added);
        assertThat(withRow.select("input[name=releases.1.version]")).hasSize(1);
        MultiValueMap<String, String> filled = formOn(withRow);
        filled.set("releases.1.version", "3.0");
        filled.set("releases.1.released", "2023-09-30");
        filled.set("releases.1.security-until", "2024-11-13");
        filled.set("action", "save");
        assertThat(send(path, filled).getResponse().getStatus()).isEqualTo(303);

        assertThat(jdbc.queryForList("SELECT r.version FROM framework_release r JOIN framework f ON f.id = r.framework_id "
                + "WHERE f.slug = 'flask' ORDER BY r.position", String.class)).endsWith("3.0");
        assertThat(publicPage().select("#versions [data-framework=flask] tr[data-testid=release]").eachAttr("data-version"))
                .contains("3.0");
    }

    @Test
    void aDisagreementKeepsAtLeastTwoSidesAndASideCanHaveSeveralSources() throws Exception {
        String path = ADMIN + "/disagreements/throughput";
        Document screen = open(path);
        MultiValueMap<String, String> oneSide = formOn(screen);
        oneSide.set("action", "remove:sides:1");
        Document withOneSide = html(send(path, oneSide));
        assertThat(withOneSide.select("textarea[name^=sides.][name$=.claim]")).hasSize(1);
        MultiValueMap<String, String> tooFew = formOn(withOneSide);
        tooFew.set("action", "save");
        MvcResult refused = send(path, tooFew);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);

        MultiValueMap<String, String> more = formOn(screen);
        more.set("action", "add:sides");
        MultiValueMap<String, String> third = formOn(html(send(path, more)));
        third.set("sides.2.claim", "A third reading of the figures.");
        third.addAll("sides.2.sources", List.of("techempower", "speed-python"));
        third.set("action", "save");
        assertThat(send(path, third).getResponse().getStatus()).isEqualTo(303);

        Element shown = publicPage().selectFirst("[data-testid=disagreement][data-key=throughput]");
        assertThat(shown.select("[data-testid=side]")).hasSize(3);
        assertThat(shown.select("[data-testid=side]").get(2).select("a[data-testid=source]").eachAttr("data-source"))
                .containsExactly("techempower", "speed-python");
    }

    @Test
    void sectionsAreAddedReorderedAndRemovedAfterConfirmation() throws Exception {
        MultiValueMap<String, String> form = formOn(open(ADMIN + "/sections/new"));
        form.set("anchor", "hosting-notes");
        form.set("title", "Hosting notes");
        assertThat(send(ADMIN + "/sections", form).getResponse().getStatus()).isEqualTo(303);
        List<String> anchors = publicPage().select("section.compare-section").eachAttr("id");
        assertThat(anchors).endsWith("hosting-notes");

        mvc.perform(post(ADMIN + "/sections/hosting-notes/move").with(editor()).with(csrf()).param("direction", "up"))
                .andExpect(status().isSeeOther());
        List<String> moved = publicPage().select("section.compare-section").eachAttr("id");
        assertThat(moved.indexOf("hosting-notes")).isEqualTo(anchors.indexOf("hosting-notes") - 1);

        Document confirm = open(ADMIN + "/sections/hosting-notes/remove");
        assertThat(confirm.select("form[data-testid=remove-form]")).hasSize(1);
        assertThat(publicPage().getElementById("hosting-notes")).as("nothing goes before it is confirmed").isNotNull();
        mvc.perform(post(ADMIN + "/sections/hosting-notes/remove").with(editor()).with(csrf()))
                .andExpect(status().isSeeOther());

        assertThat(publicPage().select("section.compare-section").eachAttr("id")).isEqualTo(
                anchors.subList(0, anchors.size() - 1));
        assertThat(jdbc.queryForList("SELECT position FROM comparison_section ORDER BY position", Integer.class))
                .as("positions stay 1, 2, 3...").isEqualTo(java.util.stream.IntStream.rangeClosed(1, anchors.size() - 1)
                        .boxed().toList());
    }

    @Test
    void aNewRowWithItsValuesIsAddedToItsSectionAndANewKeyMustBeFree() throws Exception {
        MultiValueMap<String, String> form = formOn(open(ADMIN + "/criteria/new?section=templates"));
        form.set("code", "dvf-kind");
        form.set("label", "A row");
        form.set("values.django.text", "Django's value");
        form.add("values.django.sources", "django-templates");
        form.set("values.flask.text", "Flask's value");
        form.add("values.flask.sources", "flask-templating");
        MvcResult taken = send(ADMIN + "/criteria", form);
        assertThat(taken.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(taken).select("#field-code-error").text()).isNotBlank();
        assertThat(html(taken).selectFirst("input[name=label]").val()).isEqualTo("A row");

        form.set("code", "dvf-template-reuse");
        assertThat(send(ADMIN + "/criteria", form).getResponse().getStatus()).isEqualTo(303);

        Element row = publicPage().selectFirst("#templates tr[data-criterion=dvf-template-reuse]");
        assertThat(row).isNotNull();
        assertThat(row.select("td[data-testid=value]").get(1).select("a[data-testid=source]").eachAttr("data-source"))
                .containsExactly("flask-templating");
    }

    @Test
    void aBenchmarkMarkedChartedIsDrawnUnlessItsFiguresAreDoubted() throws Exception {
        MultiValueMap<String, String> doubted = formOn(open(ADMIN + "/benchmarks/s5-json"));
        doubted.set("charted", "true");
        assertThat(send(ADMIN + "/benchmarks/s5-json", doubted).getResponse().getStatus()).isEqualTo(303);
        assertThat(publicPage().select("svg[data-testid=benchmark-chart]")).isEmpty();

        MultiValueMap<String, String> measured = formOn(open(ADMIN + "/benchmarks/s1-typical-app"));
        measured.set("charted", "true");
        assertThat(send(ADMIN + "/benchmarks/s1-typical-app", measured).getResponse().getStatus()).isEqualTo(303);

        Document page = publicPage();
        assertThat(page.select("svg[data-testid=benchmark-chart] [data-testid=chart-group]").eachAttr("data-workload"))
                .containsExactly(jdbc.queryForObject("SELECT workload FROM benchmark WHERE content_key = 's1-typical-app'",
                        String.class));
        assertThat(page.select("rect[data-testid=chart-bar]")).hasSize(2);
    }

    @Test
    void partsOfTheComparisonAsAWholeAreCreatedMovedAndRemoved() throws Exception {
        MultiValueMap<String, String> form = formOn(open(ADMIN + "/use-cases/new"));
        form.set("key", "internal-dashboards");
        form.set("use-case", "Internal dashboards");
        form.set("pick", "flask");
        form.set("reason", "A few screens over an existing database.");
        form.set("source", "S1");
        assertThat(send(ADMIN + "/use-cases", form).getResponse().getStatus()).isEqualTo(303);
        assertThat(publicPage().select("#use-cases tr[data-testid=use-case]").last().text()).contains("Internal dashboards");

        mvc.perform(post(ADMIN + "/use-cases/internal-dashboards/move").with(editor()).with(csrf()).param("direction", "up"));
        assertThat(publicPage().select("#use-cases tr[data-testid=use-case]").last().text()).doesNotContain("Internal dashboards");

        mvc.perform(post(ADMIN + "/use-cases/internal-dashboards/remove").with(editor()).with(csrf()))
                .andExpect(status().isSeeOther());
        assertThat(publicPage().select("#use-cases").text()).doesNotContain("Internal dashboards");
    }

    @Test
    void aFrameworkStillShownCannotBeRemovedButAnUnusedOneCan() throws Exception {
        assertThat(open("/admin/frameworks/django/remove").select("form[data-testid=remove-form]")).isEmpty();
        mvc.perform(post("/admin/frameworks/django/remove").with(editor()).with(csrf())).andExpect(status().isConflict());

        MultiValueMap<String, String> form = formOn(open("/admin/frameworks/new"));
        form.set("slug", "bottle");
        form.set("name", "Bottle");
        form.set("summary", "A one-file micro framework.");
        form.add("sources", "S1");
        assertThat(send("/admin/frameworks", form).getResponse().getStatus()).isEqualTo(303);
        assertThat(open("/admin/frameworks").select("[data-testid=part-item]").text()).contains("Bottle");

        mvc.perform(post("/admin/frameworks/bottle/remove").with(editor()).with(csrf())).andExpect(status().isSeeOther());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM framework WHERE slug = 'bottle'", Integer.class)).isZero();
    }

    @Test
    void anEditorsChangeToAValueSurvivesAShippedUpdateWhichWaitsForThem() throws Exception {
        String path = ADMIN + "/criteria/dvf-migrations";
        MultiValueMap<String, String> form = formOn(open(path));
        form.set("values.flask.text", "Chosen by an editor");
        assertThat(send(path, form).getResponse().getStatus()).isEqualTo(303);
        Map<String, String> texts = new HashMap<>(ContentFiles.shipped().texts());
        String file = "comparisons/django-vs-flask.yml";
        texts.put(file, texts.get(file).replace("text: Flask-Migrate, a wrapper around Alembic",
                "text: A shipped correction"));

        ContentImporter.Report update = importer.importFiles(new ContentFiles(texts));

        assertThat(update.heldBack()).isPositive();
        assertThat(valueText("dvf-migrations", "flask")).isEqualTo("Chosen by an editor");
        assertThat(review.heldBack()).anySatisfy(h -> {
            assertThat(h.key()).isEqualTo("dvf-migrations@flask");
            assertThat(h.shipped()).contains("A shipped correction");
        });
    }

    @Test
    void unknownScreensAreNotFound() throws Exception {
        for (String path : List.of(ADMIN + "/criteria/no-such-row", ADMIN + "/widgets/x", "/admin/comparisons/nope",
                "/admin/frameworks/nope", ADMIN + "/notes/new?section=nope", ADMIN + "/criteria/dvf-kind/remove/x")) {
            mvc.perform(get(path).with(editor())).andExpect(status().isNotFound());
        }
        mvc.perform(post(ADMIN + "/criteria/dvf-kind/move").with(editor()).with(csrf()).param("direction", "sideways"))
                .andExpect(status().isNotFound());
    }
}

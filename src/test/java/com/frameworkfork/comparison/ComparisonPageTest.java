package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.frameworkfork.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The comparison page against the database it is rendered from: every value, note, side, figure
 * and step is shown with its sources and the strength of its evidence, versions come from the
 * framework data, and every link on the page leads somewhere. Nothing here pins a sentence or a figure.
 */
@SiteTest
class ComparisonPageTest {

    private static final String PAGE = "/compare/django-vs-flask";

    /** Anchors other pages and readers' bookmarks link to; they must never go away. */
    private static final List<String> LINKED_ANCHORS = List.of("at-a-glance", "architecture", "data-and-orm",
            "admin-and-auth", "templates", "async", "apis", "security", "testing", "learning-curve", "community",
            "performance", "cost", "use-cases", "who-uses-it", "pros-and-cons", "migration", "sources");

    private static final List<String> KINDS_STRONGEST_FIRST = List.of("PRIMARY", "SURVEY", "SECONDARY");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private List<String> cited(Element element) {
        return element.select("a[data-testid=source]").eachAttr("data-source");
    }

    private List<String> sourcesOf(String joinTable, String ownerColumn, long owner) {
        return jdbc.queryForList("SELECT s.code FROM " + joinTable + " j JOIN source s ON s.id = j.source_id WHERE j."
                + ownerColumn + " = ? ORDER BY j.position", String.class, owner);
    }

    private Map<String, String> kindByCode() {
        Map<String, String> kinds = new HashMap<>();
        jdbc.queryForList("SELECT code, kind FROM source").forEach(r -> kinds.put((String) r.get("code"), (String) r.get("kind")));
        return kinds;
    }

    /** The current release: the first, newest, of the framework's releases that is out. */
    private String versionLabel(String slug) {
        return jdbc.queryForObject("SELECT f.name || ' ' || r.version FROM framework f JOIN framework_release r "
                + "ON r.framework_id = f.id WHERE f.slug = ? AND r.released_on IS NOT NULL ORDER BY r.position "
                + "FETCH FIRST 1 ROWS ONLY", String.class, slug);
    }

    @Test
    void everySectionRendersInItsOrderWithItsAnchorAndNoLinkedAnchorIsLost() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> sections = jdbc.queryForList("SELECT s.anchor, s.title FROM comparison_section s "
                + "JOIN comparison c ON c.id = s.comparison_id WHERE c.slug = 'django-vs-flask' ORDER BY s.position");
        Elements rendered = page.select("section.compare-section");
        assertThat(rendered.eachAttr("id")).isEqualTo(sections.stream().map(s -> (String) s.get("anchor")).toList());
        assertThat(rendered.select("> h2").eachText()).isEqualTo(sections.stream().map(s -> (String) s.get("title")).toList());
        Set<String> linked = new LinkedHashSet<>(LINKED_ANCHORS);
        linked.addAll(jdbc.queryForList("SELECT DISTINCT s.anchor FROM decision_question q JOIN comparison_section s ON s.id = q.section_id", String.class));
        for (String anchor : linked) {
            assertThat(page.getElementById(anchor)).as("#%s", anchor).isNotNull();
            assertThat(page.select("nav[aria-label=On this page] a[href=#" + anchor + "]")).as("#%s", anchor).hasSize(1);
        }
    }

    @Test
    void everyValueShowsItsTextAndEverySourceInTheOrderGiven() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> values = jdbc.queryForList("SELECT v.id, c.code, f.slug, v.value_text, c2.first_framework_id, "
                + "v.framework_id FROM criterion_value v JOIN criterion c ON c.id = v.criterion_id "
                + "JOIN framework f ON f.id = v.framework_id JOIN comparison_section s ON s.id = c.section_id "
                + "JOIN comparison c2 ON c2.id = s.comparison_id");
        assertThat(page.select("tr[data-testid=criterion]"))
                .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM criterion", Integer.class));
        for (Map<String, Object> value : values) {
            Element row = page.selectFirst("tr[data-criterion=" + value.get("code") + "]");
            assertThat(row).as("row %s", value.get("code")).isNotNull();
            int column = value.get("first_framework_id").equals(value.get("framework_id")) ? 0 : 1;
            Element cell = row.select("td[data-testid=value]").get(column);
            assertThat(cell.selectFirst(".cell-value").text()).isEqualTo(value.get("value_text"));
            assertThat(cited(cell)).as("%s %s", value.get("code"), value.get("slug"))
                    .isNotEmpty()
                    .isEqualTo(sourcesOf("criterion_value_source", "criterion_value_id", ((Number) value.get("id")).longValue()));
        }
        assertThat(page.select("td[data-testid=value]")).hasSize(values.size());
    }

    @Test
    void everyClaimSaysHowStrongItsEvidenceIsAndWhenItRestsOnOneSecondarySource() throws Exception {
        Document page = page(PAGE);
        Map<String, String> kinds = kindByCode();

        Elements claims = page.select("[data-testid=value], [data-testid=note], [data-testid=side], "
                + "[data-testid=benchmark], [data-testid=use-case], [data-testid=pro], [data-testid=con], "
                + "[data-testid=migration-step]");
        assertThat(claims).hasSizeGreaterThan(100);
        for (Element claim : claims) {
            List<String> cited = cited(claim).stream().distinct().toList();
            assertThat(cited).as(claim.text()).isNotEmpty();
            String strongest = cited.stream().map(kinds::get).min((a, b) ->
                    KINDS_STRONGEST_FIRST.indexOf(a) - KINDS_STRONGEST_FIRST.indexOf(b)).orElseThrow();
            Element evidence = claim.selectFirst("[data-testid=evidence]");
            assertThat(evidence).as(claim.text()).isNotNull();
            assertThat(evidence.text()).as("said in words, not by colour alone").isNotBlank();
            assertThat(evidence.attr("data-evidence")).as(claim.text()).isEqualToIgnoringCase(strongest);
            boolean oneSecondary = cited.size() == 1 && "SECONDARY".equals(strongest);
            assertThat(evidence.attr("data-one-secondary")).as(claim.text()).isEqualTo(String.valueOf(oneSecondary));
        }
        Set<String> labels = new LinkedHashSet<>();
        claims.forEach(c -> labels.add(c.selectFirst("[data-testid=evidence]").attr("data-one-secondary")
                + c.selectFirst("[data-testid=evidence]").text()));
        assertThat(labels).as("a claim on one secondary source reads differently from the others").hasSizeGreaterThan(1);
    }

    @Test
    void everyLinkOnThePageResolves() throws Exception {
        Document page = page(PAGE);

        for (Element link : page.select("a[href^=#]")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        Set<String> internal = new LinkedHashSet<>(page.select("a[href^=/]").eachAttr("href"));
        assertThat(internal).isNotEmpty();
        for (String path : internal) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
        for (Element external : page.select("a[href^=http]")) {
            assertThat(external.attr("href")).as("external links are web addresses").matches("https?://[^\\s/]+.*");
        }
    }

    @Test
    void theSourcesListHoldsEveryCitedSourceOnceWithItsKindAndCheckedDate() throws Exception {
        Document page = page(PAGE);

        Elements entries = page.select("#sources li[data-testid=source]");
        Set<String> cited = new LinkedHashSet<>(page.select("main a[data-testid=source]").eachAttr("data-source"));
        assertThat(entries.eachAttr("data-source")).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(cited);
        for (Element entry : entries) {
            Map<String, Object> source = jdbc.queryForMap("SELECT kind, checked_on FROM source WHERE code = ?",
                    entry.attr("data-source"));
            assertThat(entry.selectFirst("[data-testid=source-kind]").attr("data-kind"))
                    .isEqualToIgnoringCase((String) source.get("kind"));
            if (source.get("checked_on") != null) {
                assertThat(entry.select("time").eachAttr("datetime"))
                        .contains(((Date) source.get("checked_on")).toLocalDate().toString());
            }
        }
    }

    @Test
    void citationsAreNumberedInTheOrderOfFirstUseAndEachLeadsToItsSourceWithItsFullName() throws Exception {
        Document page = page(PAGE);

        Elements entries = page.select("#sources li[data-testid=source]");
        Elements citations = page.select("main a[data-testid=source]");
        assertThat(citations).isNotEmpty();
        int highestSoFar = 0;
        for (Element citation : citations) {
            Element entry = page.getElementById(citation.attr("href").substring(1));
            assertThat(entry).as("target of %s", citation.id()).isNotNull();
            assertThat(entries).as("%s leads to an entry of the list of sources", citation.id()).contains(entry);
            assertThat(entry.attr("data-source")).isEqualTo(citation.attr("data-source"));
            int number = entries.indexOf(entry) + 1;
            assertThat(citation.text()).isEqualTo("[" + number + "]");
            assertThat(number).as("a new number is the next one").isLessThanOrEqualTo(highestSoFar + 1);
            highestSoFar = Math.max(highestSoFar, number);
            assertThat(citation.parent().tagName()).isEqualTo("sup");
            String title = entry.selectFirst("cite").text();
            assertThat(citation.attr("title")).contains(title);
            assertThat(citation.attr("aria-label")).startsWith("Source " + number + ": ").contains(title);
        }
        assertThat(highestSoFar).isEqualTo(entries.size());
    }

    @Test
    void everySourceEntryLinksBackToEachPlaceCitingItAndEveryIdIsUnique() throws Exception {
        Document page = page(PAGE);

        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        Set<String> citationIds = new LinkedHashSet<>();
        for (Element entry : page.select("#sources li[data-testid=source]")) {
            Elements backLinks = entry.select("[data-testid=backlinks] a");
            assertThat(backLinks).as(entry.attr("data-source")).isNotEmpty();
            for (Element back : backLinks) {
                Element citation = page.getElementById(back.attr("href").substring(1));
                assertThat(citation).as(back.attr("href")).isNotNull();
                assertThat(citation.attr("data-testid")).isEqualTo("source");
                assertThat(citation.attr("data-source")).isEqualTo(entry.attr("data-source"));
                assertThat(citation.attr("href")).isEqualTo("#" + entry.id());
                assertThat(citationIds.add(citation.id())).as("one back-link per citation").isTrue();
                assertThat(back.attr("aria-label")).isNotBlank();
            }
        }
        assertThat(citationIds).containsExactlyInAnyOrderElementsOf(page.select("main a[data-testid=source]").eachAttr("id"));
    }

    @Test
    void everySectionCollapsesWithoutScriptAndLinksBackToTheContents() throws Exception {
        Document page = page(PAGE);

        Element contents = page.selectFirst("nav#contents[aria-label]");
        assertThat(contents).isNotNull();
        for (Element section : page.select("section.compare-section")) {
            String title = section.selectFirst("> h2").text();
            Element body = section.selectFirst("> details[open]");
            assertThat(body).as("%s is open by default and can be closed", title).isNotNull();
            assertThat(body.selectFirst("> summary").text()).as("what the toggle is for").contains(title);
            assertThat(section.children().stream().map(Element::tagName).toList()).as("%s: all but its heading is in the <details>", title)
                    .containsOnly("h2", "details", "p");
            assertThat(section.select("a[href=#contents]")).as(title).hasSize(1);
            assertThat(body.select("a[href=#contents]")).as("reachable when the section is closed").isEmpty();
        }
    }

    @Test
    void suggestCorrectionLinksNameTheirRowAndAreNotFollowed() throws Exception {
        Document page = page(PAGE);

        Elements rows = page.select("tr[data-testid=criterion], tr[data-testid=benchmark], tr[data-testid=use-case]");
        assertThat(rows).isNotEmpty();
        for (Element row : rows) {
            Elements links = row.select("a[data-testid=suggest-correction]");
            assertThat(links).as(row.text()).hasSize(1);
            Element link = links.first();
            String part = row.hasAttr("data-criterion") ? row.attr("data-criterion") : row.attr("data-key");
            String label = row.selectFirst("th > span").text();
            assertThat(link.attr("rel")).isEqualTo("nofollow");
            assertThat(link.attr("href")).startsWith("/corrections/new?")
                    .contains("page=compare/django-vs-flask").contains("part=" + part);
            assertThat(link.text()).contains(label);
        }
        assertThat(page.select("tr[data-testid=criterion] a[data-testid=suggest-correction]").eachAttr("href"))
                .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM criterion", Integer.class))
                .doesNotHaveDuplicates();
    }

    @Test
    void wideTablesScrollInAFocusableNamedRegion() throws Exception {
        Document page = page(PAGE);

        Elements wide = page.select("[data-testid=wide-table]");
        assertThat(wide).hasSizeGreaterThanOrEqualTo(page.select("table[data-testid=support-table]").size());
        for (Element region : wide) {
            assertThat(region.attr("role")).isEqualTo("region");
            assertThat(region.attr("tabindex")).isEqualTo("0");
            assertThat(region.attr("aria-label")).isEqualTo(region.selectFirst("caption").text());
        }
        assertThat(page.select("table[data-testid=support-table], table[data-testid=benchmark-table]"))
                .allSatisfy(table -> assertThat(table.parent().attr("data-testid")).isEqualTo("wide-table"));
    }

    @Test
    void columnsAndVersionLinesNameEachFrameworksCurrentReleaseFromTheFrameworkData() throws Exception {
        Document page = page(PAGE);

        String first = versionLabel("django");
        String second = versionLabel("flask");
        for (Element table : page.select("table:has(tr[data-testid=criterion])")) {
            assertThat(table.select("thead th").eachText()).containsSubsequence(first, second);
        }
        assertThat(page.selectFirst("[data-testid=versions]").text()).contains(first).contains(second);
        assertThat(page("/compare").select("main .card .meta").text()).contains(first).contains(second);
    }

    @Test
    void theSupportTableListsEveryReleaseOfEachComparedFrameworkFromTheFrameworkData() throws Exception {
        Document page = page(PAGE);

        for (String slug : List.of("django", "flask")) {
            Element support = page.selectFirst("#versions [data-testid=support][data-framework=" + slug + "]");
            assertThat(support).as(slug).isNotNull();
            List<Map<String, Object>> releases = jdbc.queryForList("SELECT r.* FROM framework_release r "
                    + "JOIN framework f ON f.id = r.framework_id WHERE f.slug = ? ORDER BY r.position", slug);
            Elements rows = support.select("tr[data-testid=release]");
            assertThat(releases).isNotEmpty();
            assertThat(rows.eachAttr("data-version")).isEqualTo(releases.stream().map(r -> (String) r.get("version")).toList());
            for (int i = 0; i < releases.size(); i++) {
                Map<String, Object> release = releases.get(i);
                Element row = rows.get(i);
                Object start = release.get("released_on") != null ? release.get("released_on") : release.get("expected_on");
                List<String> dates = row.select("time").eachAttr("datetime");
                assertThat(dates).contains(((Date) start).toLocalDate().toString());
                for (String end : List.of("mainstream_until", "security_until")) {
                    if (release.get(end) != null) {
                        assertThat(dates).contains(((Date) release.get(end)).toLocalDate().toString());
                    }
                }
                if (release.get("python_versions") != null) {
                    assertThat(row.text()).contains((String) release.get("python_versions"));
                }
            }
            assertThat(support.select("[data-testid=source]")).as("the framework data's sources").isNotEmpty();
        }
    }

    @Test
    void everyDisagreementShowsEachSideWithAllItsSources() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> disagreements = jdbc.queryForList("SELECT d.id, d.content_key FROM disagreement d");
        assertThat(page.select("[data-testid=disagreement]")).hasSize(disagreements.size());
        for (Map<String, Object> disagreement : disagreements) {
            Element shown = page.selectFirst("[data-testid=disagreement][data-key=" + disagreement.get("content_key") + "]");
            List<Long> sides = jdbc.queryForList("SELECT id FROM disagreement_side WHERE disagreement_id = ? ORDER BY position",
                    Long.class, disagreement.get("id"));
            Elements rendered = shown.select("[data-testid=side]");
            assertThat(rendered).hasSize(sides.size()).hasSizeGreaterThanOrEqualTo(2);
            for (int i = 0; i < sides.size(); i++) {
                assertThat(cited(rendered.get(i))).isNotEmpty()
                        .isEqualTo(sourcesOf("disagreement_side_source", "disagreement_side_id", sides.get(i)));
            }
        }
    }

    @Test
    void everyBenchmarkShowsItsOwnSetupAndWhyItsFiguresAreDoubtful() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> benchmarks = jdbc.queryForList("SELECT content_key, setup, doubt FROM benchmark");
        assertThat(page.select("#performance [data-testid=benchmark]")).hasSize(benchmarks.size());
        for (Map<String, Object> benchmark : benchmarks) {
            Element row = page.selectFirst("#performance [data-testid=benchmark][data-key=" + benchmark.get("content_key") + "]");
            assertThat(row.selectFirst("[data-testid=setup]").text()).isEqualTo(benchmark.get("setup"));
            Element doubt = row.selectFirst("[data-testid=doubt]");
            if (benchmark.get("doubt") == null) {
                assertThat(doubt).isNull();
            } else {
                assertThat(doubt.text()).contains((String) benchmark.get("doubt"));
            }
            assertThat(cited(row)).hasSize(1);
        }
    }

    @Test
    void theChartDrawsOnlyChartedFiguresNobodyDoubtsAndIsHiddenWithoutAny() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> chartable = jdbc.queryForList("SELECT b.workload, f.slug, r.low_amount "
                + "FROM benchmark_result r JOIN benchmark b ON b.id = r.benchmark_id JOIN framework f ON f.id = r.framework_id "
                + "WHERE b.charted = TRUE AND b.doubt IS NULL ORDER BY b.position");
        Elements bars = page.select("svg[data-testid=benchmark-chart] rect[data-testid=chart-bar]");
        assertThat(bars).hasSize(chartable.size());
        if (chartable.isEmpty()) {
            assertThat(page.select("figure.chart, svg[data-testid=benchmark-chart]")).isEmpty();
        }
        for (Element bar : bars) {
            assertThat(chartable).anySatisfy(row -> {
                assertThat(bar.attr("data-framework")).isEqualTo(row.get("slug"));
                assertThat(new BigDecimal(bar.attr("data-value"))).isEqualByComparingTo((BigDecimal) row.get("low_amount"));
            });
        }
    }

    @Test
    void useCasesProsConsAndMigrationStepsEachShowWithTheirSource() throws Exception {
        Document page = page(PAGE);

        assertThat(page.select("#use-cases tr[data-testid=use-case]"))
                .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM use_case_pick", Integer.class));
        assertThat(page.select("#pros-and-cons [data-testid=pro], #pros-and-cons [data-testid=con]"))
                .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM pro_con", Integer.class));
        assertThat(page.select("#migration h3"))
                .hasSize(jdbc.queryForObject("SELECT COUNT(DISTINCT from_framework_id || '>' || to_framework_id) FROM migration_step",
                        Integer.class));
        assertThat(page.select("#migration [data-testid=migration-step]"))
                .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM migration_step", Integer.class));
        for (Element item : page.select("[data-testid=use-case], [data-testid=pro], [data-testid=con], [data-testid=migration-step]")) {
            assertThat(item.select("a[data-testid=source]")).as(item.text()).hasSize(1);
        }
    }

    @Test
    void pageIsWellFormedForAssistiveTechnology() throws Exception {
        Document page = page(PAGE);

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("script, style")).isEmpty();
        for (Element table : page.select("main table")) {
            assertThat(table.select("caption").text()).isNotBlank();
            assertThat(table.select("th")).allMatch(th -> th.hasAttr("scope"));
        }
    }

    @Test
    void listOfComparisonsLinksToEachComparison() throws Exception {
        Document list = page("/compare");

        assertThat(list.select("h1")).hasSize(1);
        for (Map<String, Object> comparison : jdbc.queryForList("SELECT slug, title FROM comparison")) {
            assertThat(list.select("main a[href=/compare/" + comparison.get("slug") + "]").text()).isEqualTo(comparison.get("title"));
        }
    }

    @Test
    void unknownComparisonIsNotFound() throws Exception {
        mvc.perform(get("/compare/foo")).andExpect(status().isNotFound());
    }
}

package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The comparison page shows what the database holds, each claim with the sources stored for it. The
 * expectations are read from the database, never copied from the content, which editors will change.
 */
@SiteTest
class ComparisonPageTest {

    private static final String SLUG = "django-vs-flask";
    private static final String PAGE = "/compare/" + SLUG;
    private static final Pattern LINK_INTO_THE_COMPARISON = Pattern.compile("/compare/" + SLUG + "#([a-z0-9-]+)");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private long comparisonId() {
        return jdbc.queryForObject("SELECT id FROM comparison WHERE slug = ?", Long.class, SLUG);
    }

    /** The codes of the sources a table links to a row, in code order. */
    private Set<String> storedSources(String sql, Object... arguments) {
        return new TreeSet<>(jdbc.queryForList(sql, String.class, arguments));
    }

    private static Set<String> citedSources(Element element) {
        return new TreeSet<>(element.select("a[data-testid=source]").eachAttr("data-source"));
    }

    @Test
    void everySectionRendersInOrderWithALinkFromTheContents() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> sections = jdbc.queryForList("SELECT anchor, title FROM comparison_section "
                + "WHERE comparison_id = ? ORDER BY position", comparisonId());
        Elements rendered = page.select("section.compare-section");
        assertThat(rendered.eachAttr("id")).isNotEmpty().isEqualTo(sections.stream().map(s -> (String) s.get("anchor")).toList());
        assertThat(rendered.select("> h2").eachText()).isEqualTo(sections.stream().map(s -> (String) s.get("title")).toList());
        for (Map<String, Object> section : sections) {
            assertThat(page.select("nav[aria-label=On this page] a[href=#" + section.get("anchor") + "]")).hasSize(1);
        }
    }

    /** The questionnaire's questions and the articles link to places on this page; every one must be there. */
    @Test
    void everyLinkIntoTheComparisonLandsOnASection() throws Exception {
        Document page = page(PAGE);

        Set<String> linkedTo = new TreeSet<>(jdbc.queryForList(
                "SELECT DISTINCT compare_anchor FROM decision_question WHERE compare_anchor IS NOT NULL", String.class));
        for (String body : jdbc.queryForList("SELECT body_markdown FROM article WHERE published = TRUE", String.class)) {
            Matcher link = LINK_INTO_THE_COMPARISON.matcher(body);
            while (link.find()) {
                linkedTo.add(link.group(1));
            }
        }
        assertThat(linkedTo).isNotEmpty().allSatisfy(anchor -> assertThat(page.getElementById(anchor)).as(anchor).isNotNull());
    }

    @Test
    void everyCellShowsItsStoredValueWithExactlyItsStoredSources() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> values = jdbc.queryForList("SELECT v.id, c.code, v.value_text, "
                + "CASE WHEN v.framework_id = cmp.first_framework_id THEN 0 ELSE 1 END AS side FROM criterion_value v "
                + "JOIN criterion c ON c.id = v.criterion_id JOIN comparison_section s ON s.id = c.section_id "
                + "JOIN comparison cmp ON cmp.id = s.comparison_id WHERE cmp.id = ?", comparisonId());
        assertThat(values).isNotEmpty();
        assertThat(page.select("td[data-testid=value]")).hasSize(values.size());
        for (Map<String, Object> value : values) {
            Element row = page.selectFirst("tr[data-criterion=" + value.get("code") + "]");
            assertThat(row).as("row %s", value.get("code")).isNotNull();
            Element cell = row.select("td[data-testid=value]").get(((Number) value.get("side")).intValue());
            assertThat(cell.selectFirst(".cell-value").text()).isEqualTo(value.get("value_text"));
            assertThat(citedSources(cell)).as("sources of %s", value.get("code")).isEqualTo(storedSources(
                    "SELECT s.code FROM criterion_value_source vs JOIN source s ON s.id = vs.source_id "
                            + "WHERE vs.criterion_value_id = ?", value.get("id")));
        }
    }

    @Test
    void everyCitationNamesItsSourcesDateAndLinksToItsEntryInTheSourcesList() throws Exception {
        Document page = page(PAGE);

        Elements citations = page.select("a.cite[data-testid=source]");
        assertThat(citations).isNotEmpty();
        Map<String, String> dates = new java.util.HashMap<>();
        jdbc.queryForList("SELECT code, published_label FROM source")
                .forEach(row -> dates.put((String) row.get("code"), (String) row.get("published_label")));
        for (Element cite : citations) {
            String code = cite.attr("data-source");
            assertThat(cite.text()).isEqualTo(code + ", " + dates.get(code));
            assertThat(cite.attr("href")).isEqualTo("#source-" + code);
            assertThat(page.getElementById("source-" + code)).as(code).isNotNull();
        }
        assertThat(page.select("#sources li[data-testid=source]").eachAttr("data-source"))
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(citations.eachAttr("data-source")));
    }

    @Test
    void everyDisagreementShowsBothSidesEachWithItsOwnSource() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> stored = jdbc.queryForList("SELECT d.side_a, a.code AS a_code, d.side_b, b.code AS b_code, "
                + "d.explanation FROM disagreement d JOIN source a ON a.id = d.side_a_source_id "
                + "JOIN source b ON b.id = d.side_b_source_id JOIN comparison_section s ON s.id = d.section_id "
                + "WHERE s.comparison_id = ? ORDER BY s.position, d.position", comparisonId());
        Elements notes = page.select("[data-testid=disagreement]");
        assertThat(notes).hasSize(stored.size());
        for (int i = 0; i < notes.size(); i++) {
            Element note = notes.get(i);
            Map<String, Object> disagreement = stored.get(i);
            assertThat(note.text()).contains((String) disagreement.get("side_a"), (String) disagreement.get("side_b"),
                    (String) disagreement.get("explanation"));
            assertThat(note.select("a[data-testid=source]").eachAttr("data-source"))
                    .containsExactly((String) disagreement.get("a_code"), (String) disagreement.get("b_code"));
        }
    }

    @Test
    void everyNoteShowsItsStoredSources() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> stored = jdbc.queryForList("SELECT n.id, n.heading FROM section_note n "
                + "JOIN comparison_section s ON s.id = n.section_id WHERE s.comparison_id = ?", comparisonId());
        for (Map<String, Object> note : stored) {
            Element rendered = page.select(".compare-note").stream()
                    .filter(n -> n.selectFirst("h3").text().equals(note.get("heading"))).findFirst().orElseThrow();
            assertThat(citedSources(rendered)).as((String) note.get("heading")).isEqualTo(storedSources(
                    "SELECT s.code FROM section_note_source ns JOIN source s ON s.id = ns.source_id WHERE ns.section_note_id = ?",
                    note.get("id")));
        }
    }

    @Test
    void chartBarsMatchTheStoredBenchmarkFigures() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> stored = jdbc.queryForList("SELECT b.workload, f.slug, r.low_amount "
                + "FROM benchmark_result r JOIN benchmark b ON b.id = r.benchmark_id JOIN framework f ON f.id = r.framework_id "
                + "JOIN comparison c ON c.id = b.comparison_id "
                + "WHERE b.charted = TRUE AND c.slug = ? "
                + "ORDER BY b.position, CASE WHEN f.id = c.first_framework_id THEN 0 ELSE 1 END", SLUG);
        Elements bars = page.select("svg[data-testid=benchmark-chart] rect[data-testid=chart-bar]");
        assertThat(stored).isNotEmpty();
        assertThat(bars).hasSize(stored.size());

        BigDecimal max = stored.stream().map(r -> (BigDecimal) r.get("low_amount")).max(BigDecimal::compareTo).orElseThrow();
        double scale = Double.parseDouble(bars.get(0).attr("width")) / ((BigDecimal) stored.get(0).get("low_amount")).doubleValue();
        for (int i = 0; i < bars.size(); i++) {
            Element bar = bars.get(i);
            BigDecimal value = (BigDecimal) stored.get(i).get("low_amount");
            assertThat(new BigDecimal(bar.attr("data-value"))).isEqualByComparingTo(value);
            assertThat(bar.attr("data-framework")).isEqualTo(stored.get(i).get("slug"));
            assertThat(bar.parent().attr("data-workload")).isEqualTo(stored.get(i).get("workload"));
            assertThat(Double.parseDouble(bar.attr("width"))).isCloseTo(value.doubleValue() * scale, within(0.11));
        }
        Element longest = bars.stream()
                .filter(b -> new BigDecimal(b.attr("data-value")).compareTo(max) == 0).findFirst().orElseThrow();
        assertThat(Double.parseDouble(longest.attr("width"))).isLessThanOrEqualTo(BenchmarkChartLayout.PLOT_WIDTH);
    }

    @Test
    void theChartHasAnAccessibleNameAndATextAlternativeWithEveryFigure() throws Exception {
        Document page = page(PAGE);

        Element svg = page.selectFirst("svg[data-testid=benchmark-chart]");
        assertThat(svg.attr("role")).isEqualTo("img");
        for (String id : svg.attr("aria-labelledby").split(" ")) {
            assertThat(svg.getElementById(id)).as(id).isNotNull();
        }
        String description = svg.selectFirst("desc").text();
        NumberFormat figures = NumberFormat.getNumberInstance(Locale.ENGLISH);
        for (Map<String, Object> result : jdbc.queryForList("SELECT b.workload, r.low_amount FROM benchmark_result r "
                + "JOIN benchmark b ON b.id = r.benchmark_id WHERE b.charted = TRUE AND b.comparison_id = ?", comparisonId())) {
            assertThat(description).contains((String) result.get("workload"), figures.format(result.get("low_amount")));
        }
        assertThat(svg.select("[style]")).isEmpty();
    }

    @Test
    void everyBenchmarkFigureIsInATableOfItsSourceWithItsUnit() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> benchmarks = jdbc.queryForList("SELECT b.workload, b.unit, s.code FROM benchmark b "
                + "JOIN source s ON s.id = b.source_id WHERE b.comparison_id = ?", comparisonId());
        Elements tables = page.select("#performance table[data-testid=benchmark-table]");
        assertThat(tables).hasSize((int) benchmarks.stream().map(b -> b.get("code")).distinct().count());
        for (Map<String, Object> benchmark : benchmarks) {
            Element row = tables.select("tbody tr").stream()
                    .filter(r -> r.selectFirst("th").text().equals(benchmark.get("workload"))).findFirst().orElseThrow();
            assertThat(row.select("td .cell-value")).hasSize(2)
                    .allSatisfy(figure -> assertThat(figure.text()).endsWith(" " + benchmark.get("unit")));
            assertThat(row.select("a[data-testid=source]").eachAttr("data-source")).containsOnly((String) benchmark.get("code"));
        }
    }

    @Test
    void theHeaderNamesTheVersionsComparedAndTheNoteAboutThem() throws Exception {
        Document page = page(PAGE);

        Map<String, Object> comparison = jdbc.queryForMap("SELECT a.version_label AS first_version, b.version_label AS second_version, "
                + "c.versions_note FROM comparison c JOIN framework a ON a.id = c.first_framework_id "
                + "JOIN framework b ON b.id = c.second_framework_id WHERE c.slug = ?", SLUG);
        assertThat(page.selectFirst("[data-testid=versions]").text())
                .contains((String) comparison.get("first_version"), (String) comparison.get("second_version"));
        if (comparison.get("versions_note") != null) {
            assertThat(page.selectFirst("[data-testid=versions-note]").text()).isEqualTo(comparison.get("versions_note"));
        }
    }

    @Test
    void listsUseCasesProsConsAndMigrationStepsEachWithItsSource() throws Exception {
        Document page = page(PAGE);
        long id = comparisonId();

        assertThat(page.select("#use-cases tr[data-testid=use-case]"))
                .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM use_case_pick WHERE comparison_id = ?", Integer.class, id));
        assertThat(page.select("#pros-and-cons [data-testid=pro], #pros-and-cons [data-testid=con]"))
                .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM pro_con WHERE comparison_id = ?", Integer.class, id));
        assertThat(page.select("#migration h3")).hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT DISTINCT "
                + "from_framework_id, to_framework_id FROM migration_step WHERE comparison_id = ?) directions", Integer.class, id));
        assertThat(page.select("#migration [data-testid=migration-step]"))
                .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM migration_step WHERE comparison_id = ?", Integer.class, id));
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
    void theListOfComparisonsLinksToEachComparisonByItsTitle() throws Exception {
        Document list = page("/compare");

        assertThat(list.select("h1")).hasSize(1);
        List<Map<String, Object>> comparisons = jdbc.queryForList("SELECT slug, title FROM comparison");
        assertThat(comparisons).isNotEmpty();
        for (Map<String, Object> comparison : comparisons) {
            assertThat(list.select("main a[href=/compare/" + comparison.get("slug") + "]").text()).isEqualTo(comparison.get("title"));
        }
    }
}

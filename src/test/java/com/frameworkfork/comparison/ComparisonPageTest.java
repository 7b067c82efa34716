package com.frameworkfork.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ComparisonPageTest {

    private static final String PAGE = "/compare/django-vs-flask";

    /** The anchors other pages (the verdict, articles) link to; they must never change. */
    private static final List<String> ANCHORS = List.of("at-a-glance", "architecture", "data-and-orm",
            "admin-and-auth", "templates", "async", "apis", "security", "testing", "learning-curve", "community",
            "performance", "cost", "use-cases", "who-uses-it", "pros-and-cons", "migration", "sources");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void everySectionRendersFromTheDatabaseWithItsFixedAnchor() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> sections = jdbc.queryForList("SELECT s.anchor, s.title FROM comparison_section s "
                + "JOIN comparison c ON c.id = s.comparison_id WHERE c.slug = 'django-vs-flask' ORDER BY s.position");
        Elements rendered = page.select("section.compare-section");
        assertThat(rendered.eachAttr("id")).isEqualTo(sections.stream().map(s -> (String) s.get("anchor")).toList());
        assertThat(rendered.eachAttr("id")).containsExactlyElementsOf(ANCHORS);
        assertThat(rendered.select("> h2").eachText()).isEqualTo(sections.stream().map(s -> (String) s.get("title")).toList());
        for (String anchor : ANCHORS) {
            assertThat(page.select("nav[aria-label=On this page] a[href=#" + anchor + "]")).hasSize(1);
            assertThat(page.getElementById(anchor)).isNotNull();
        }
    }

    @Test
    void everyCriterionRowShowsBothValuesFromTheDatabaseEachWithASource() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> values = jdbc.queryForList("SELECT c.code, f.slug, v.value_text FROM criterion_value v "
                + "JOIN criterion c ON c.id = v.criterion_id JOIN framework f ON f.id = v.framework_id");
        Elements rows = page.select("tr[data-testid=criterion]");
        Integer criteria = jdbc.queryForObject("SELECT COUNT(*) FROM criterion", Integer.class);
        assertThat(rows).hasSize(criteria).hasSizeGreaterThanOrEqualTo(25);

        for (Map<String, Object> value : values) {
            Element row = page.selectFirst("tr[data-criterion=" + value.get("code") + "]");
            assertThat(row).as("row %s", value.get("code")).isNotNull();
            int column = "django".equals(value.get("slug")) ? 0 : 1;
            Element cell = row.select("td[data-testid=value]").get(column);
            assertThat(cell.selectFirst(".cell-value").text()).isEqualTo(value.get("value_text"));
        }
        for (Element cell : page.select("td[data-testid=value]")) {
            assertThat(cell.select("a[data-testid=source]")).as(cell.text()).isNotEmpty();
        }
        assertThat(page.select("td[data-testid=value]")).hasSize(values.size());
    }

    @Test
    void cellCitationsMatchTheStoredSourcesAndShowTheirDate() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> pinterest = jdbc.queryForList("SELECT f.slug, s.code, s.published_label "
                + "FROM criterion_value_source vs JOIN criterion_value v ON v.id = vs.criterion_value_id "
                + "JOIN criterion c ON c.id = v.criterion_id JOIN framework f ON f.id = v.framework_id "
                + "JOIN source s ON s.id = vs.source_id WHERE c.code = 'dvf-pinterest' ORDER BY f.slug");
        Elements cells = page.select("tr[data-criterion=dvf-pinterest] td[data-testid=value]");
        assertThat(cells.get(0).select("a[data-testid=source]").eachText())
                .containsExactly(pinterest.get(0).get("code") + ", " + pinterest.get(0).get("published_label"));
        assertThat(cells.get(1).select("a[data-testid=source]").eachText())
                .containsExactly(pinterest.get(1).get("code") + ", " + pinterest.get(1).get("published_label"));
        assertThat(cells.get(0).text()).contains("S5, April 2026");
    }

    @Test
    void everyCitationLinksToAnEntryInTheSourcesList() throws Exception {
        Document page = page(PAGE);

        Elements entries = page.select("#sources li[data-testid=source]");
        assertThat(entries.eachAttr("data-source")).containsExactly("S1", "S2", "S3", "S4", "S5");
        for (Element cite : page.select("a[data-testid=source]")) {
            String target = cite.attr("href");
            assertThat(target).startsWith("#source-");
            assertThat(page.getElementById(target.substring(1))).as(target).isNotNull();
        }
    }

    @Test
    void disagreementNotesNameBothSidesAndExplainTheDifference() throws Exception {
        Document page = page(PAGE);

        Elements notes = page.select("[data-testid=disagreement]");
        assertThat(notes).isNotEmpty();
        for (Element note : notes) {
            assertThat(note.select("h3").text()).isNotBlank();
            assertThat(note.select(".disagreement-sides > li")).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(side -> assertThat(side.select("a[data-testid=source]")).isNotEmpty());
            assertThat(note.text()).contains("What likely explains it");
        }
    }

    @Test
    void chartBarsMatchTheStoredBenchmarkFigures() throws Exception {
        Document page = page(PAGE);

        List<Map<String, Object>> stored = jdbc.queryForList("SELECT b.workload, f.slug, r.low_amount "
                + "FROM benchmark_result r JOIN benchmark b ON b.id = r.benchmark_id JOIN framework f ON f.id = r.framework_id "
                + "WHERE b.charted = TRUE ORDER BY b.position, CASE f.slug WHEN 'django' THEN 0 ELSE 1 END");
        Elements bars = page.select("svg[data-testid=benchmark-chart] rect[data-testid=chart-bar]");
        assertThat(stored).hasSize(12);
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
    void chartHasAnAccessibleNameAndATextAlternative() throws Exception {
        Document page = page(PAGE);

        Element svg = page.selectFirst("svg[data-testid=benchmark-chart]");
        assertThat(svg.attr("role")).isEqualTo("img");
        for (String id : svg.attr("aria-labelledby").split(" ")) {
            assertThat(svg.getElementById(id)).as(id).isNotNull();
        }
        String description = svg.selectFirst("desc").text();
        assertThat(description).contains("JSON serialization: Django 32,000, Flask 45,000")
                .contains("Full-stack application simulation: Django 8,200, Flask 7,900");
        assertThat(page.select("#performance table[data-testid=benchmark-table]")).hasSize(2);
        assertThat(page.select("#performance table[data-testid=benchmark-table]").text())
                .contains("100–200 req/s").contains("45,000 req/s").contains("on Uvicorn").contains("on Gunicorn");
        assertThat(svg.select("[style]")).isEmpty();
    }

    @Test
    void showsVersionsAndExplainsWhyS5ReleaseDatesAreLeftOut() throws Exception {
        Document page = page(PAGE);

        assertThat(page.selectFirst("[data-testid=versions]").text())
                .isEqualTo("Framework versions compared: Django 5.2, Flask 3.1");
        assertThat(page.selectFirst("[data-testid=versions-note]").text())
                .contains("April 2025").contains("November 2024");
        assertThat(page.text()).doesNotContain("February 2026").doesNotContain("January 2026");
    }

    @Test
    void pointsApiOnlyAsyncProjectsAtFastApi() throws Exception {
        Document page = page(PAGE);

        Element note = page.select("#at-a-glance .compare-note").stream()
                .filter(n -> n.text().contains("FastAPI")).findFirst().orElseThrow();
        assertThat(note.select("a[data-testid=source]").eachAttr("data-source")).containsExactly("S1", "S5");
    }

    @Test
    void listsUseCasesProsConsAndMigrationStepsWithSources() throws Exception {
        Document page = page(PAGE);

        assertThat(page.select("#use-cases tr[data-testid=use-case]"))
                .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM use_case_pick", Integer.class));
        assertThat(page.select("#pros-and-cons [data-testid=pro], #pros-and-cons [data-testid=con]"))
                .hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM pro_con", Integer.class));
        assertThat(page.select("#migration h3").eachText()).containsExactly("From Flask to Django", "From Django to Flask");
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
    void listOfComparisonsLinksToDjangoVsFlask() throws Exception {
        Document list = page("/compare");

        assertThat(list.select("h1")).hasSize(1);
        assertThat(list.select("main a[href=/compare/django-vs-flask]").text()).isEqualTo("Django vs Flask, point by point");
        assertThat(list.select("main .card .meta").text()).isEqualTo("Framework versions compared: Django 5.2, Flask 3.1");
    }

    @Test
    void unknownComparisonIsNotFound() throws Exception {
        mvc.perform(get("/compare/foo")).andExpect(status().isNotFound());
    }
}

package com.frameworkfork.article;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.frameworkfork.support.Admin;
import com.frameworkfork.support.Html;
import com.frameworkfork.support.HtmlValidator;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's article list: search, filters, sorting and pages of 25 whose links keep them. Its
 * thirty articles and their view counts would crowd other tests' lists, so they are deleted afterwards.
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleAdminListTest {

    private static final int SAMPLES = 30;

    private final List<Long> ids = new ArrayList<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** Thirty articles about "wombats": every third one a draft, every fifth one on performance. */
    @BeforeAll
    void thirtyArticles() throws Exception {
        for (int i = 1; i <= SAMPLES; i++) {
            Map<String, String> fields = TestArticles.fields("wombat-" + i);
            fields.put("title", "Wombat notes " + (char) ('A' + (i * 7) % 26) + i);
            fields.put("summary", "Field notes number " + i + " on burrowing marsupials.");
            fields.put("publishedOn", "2026-03-" + String.format("%02d", i));
            fields.put("state", i % 3 == 0 ? "draft" : "published");
            fields.put("categorySlug", i % 5 == 0 ? "performance" : "guides");
            ids.add(TestArticles.create(mvc, fields));
            jdbc.update("UPDATE article SET view_count = ? WHERE slug = ?", (i * 37) % 101, "wombat-" + i);
        }
    }

    @AfterAll
    void deleteThem() throws Exception {
        for (long id : ids) {
            TestArticles.submit(mvc, "/admin/articles/" + id + "/delete", Map.of()).andExpect(status().isSeeOther());
        }
    }

    /** The list at this query string, which is sent as written (already encoded). */
    private Document list(String query) throws Exception {
        return Html.of(mvc.perform(get(URI.create("/admin/articles" + query)).with(Admin.admin())).andExpect(status().isOk()));
    }

    private static List<String> slugs(Document page) {
        return page.select("tr[data-testid=admin-article]").eachAttr("data-slug");
    }

    @Test
    void aSearchIsPagedByTwentyFiveAndEveryPageLinkKeepsIt() throws Exception {
        Document first = list("?q=wombat");

        assertThat(slugs(first)).hasSize(25).allMatch(slug -> slug.startsWith("wombat-"));
        Element pages = first.selectFirst("main nav:has(a[rel=next])");
        assertThat(pages.select("a[aria-current=page]").text()).contains("1");
        String next = pages.select("a[rel=next]").attr("href");
        assertThat(next).contains("q=wombat").contains("page=2");

        Document second = list(next.substring("/admin/articles".length()));
        assertThat(slugs(second)).hasSize(SAMPLES - 25).doesNotContainAnyElementsOf(slugs(first));
        assertThat(second.select("nav a[rel=prev]").attr("href")).contains("q=wombat");
        assertThat(HtmlValidator.errors(mvc.perform(get("/admin/articles?q=wombat").with(Admin.admin()))
                .andReturn().getResponse().getContentAsString())).isEmpty();
    }

    @Test
    void theSearchLooksInTitlesAndSummaries() throws Exception {
        assertThat(slugs(list("?q=burrowing%20marsupials"))).hasSize(25);
        assertThat(slugs(list("?q=number%2017%20on"))).containsExactly("wombat-17");
        assertThat(slugs(list("?q=no-such-words-anywhere"))).isEmpty();
    }

    @Test
    void filtersByStateAndCategoryCombineWithTheSearch() throws Exception {
        assertThat(slugs(list("?q=wombat&state=draft")))
                .containsExactlyInAnyOrder("wombat-3", "wombat-6", "wombat-9", "wombat-12", "wombat-15",
                        "wombat-18", "wombat-21", "wombat-24", "wombat-27", "wombat-30");
        assertThat(slugs(list("?q=wombat&category=performance&state=published")))
                .containsExactlyInAnyOrder("wombat-5", "wombat-10", "wombat-20", "wombat-25");
        Document drafts = list("?q=wombat&state=draft");
        assertThat(drafts.select("tr[data-testid=admin-article]").eachText()).allMatch(row -> row.contains("Draft"));
        assertThat(drafts.selectFirst("select[name=state] option[selected]").val()).isEqualTo("draft");
        assertThat(drafts.selectFirst("main form[method=get] input[name=q]").val()).isEqualTo("wombat");
    }

    @Test
    void sortsByTitleViewsAndDate() throws Exception {
        List<String> byTitle = list("?q=wombat&sort=title").select("tr[data-testid=admin-article] td.title a").eachText();
        assertThat(byTitle).hasSize(25).isSortedAccordingTo(Comparator.naturalOrder());

        List<Long> views = list("?q=wombat&sort=views").select("tr[data-testid=admin-article] td.views").eachText()
                .stream().map(text -> Long.parseLong(text.replace(",", ""))).toList();
        assertThat(views).hasSize(25).isSortedAccordingTo(Comparator.reverseOrder());

        assertThat(slugs(list("?q=wombat&sort=newest")).get(0)).isEqualTo("wombat-30");
        assertThat(slugs(list("?q=wombat&sort=oldest")).get(0)).isEqualTo("wombat-1");
    }
}

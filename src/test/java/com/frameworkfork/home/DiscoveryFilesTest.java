package com.frameworkfork.home;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import com.frameworkfork.support.PageToken;
import com.frameworkfork.support.SiteTest;
import com.frameworkfork.support.TestArticles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * robots.txt, the sitemap, the feed and the links pages give to crawlers. The tests' base address
 * (config/application.yml) has a trailing slash on purpose: every URL must still come out with exactly one.
 */
@SiteTest
class DiscoveryFilesTest {

    private static final String BASE = "https://frameworkfork.example";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
    }

    private static Document parseXml(MockHttpServletResponse response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static String text(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    private List<Map<String, Object>> publishedNewestFirst() {
        return jdbc.queryForList("SELECT slug, title, summary, CAST(publish_at AS DATE) AS published_on FROM article "
                + "WHERE published = TRUE AND publish_at <= ? ORDER BY publish_at DESC, id DESC", LocalDateTime.now(ZoneOffset.UTC));
    }

    @Test
    void robotsAllowsReadersPagesBlocksAdminAndApiAndNamesTheSitemap() throws Exception {
        MockHttpServletResponse response = fetch("/robots.txt");

        assertThat(response.getContentType()).startsWith("text/plain");
        assertThat(response.getContentAsString().lines().toList()).contains(
                "User-agent: *", "Disallow: /admin", "Disallow: /api/", "Sitemap: " + BASE + "/sitemap.xml");
        assertThat(response.getContentAsString()).doesNotContain("Disallow: /\n");
    }

    @Test
    void sitemapListsTheFixedPagesTheSitesOwnPagesAndEveryPublishedArticleWithAbsoluteUrls() throws Exception {
        MockHttpServletResponse response = fetch("/sitemap.xml");
        Element urlset = parseXml(response).getDocumentElement();

        assertThat(response.getContentType()).startsWith("application/xml");
        assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(urlset.getLocalName()).isEqualTo("urlset");
        List<String> locations = new ArrayList<>();
        List<String> lastModified = new ArrayList<>();
        for (Element url : children(urlset, SITEMAP, "url")) {
            locations.add(text(url, SITEMAP, "loc"));
            children(url, SITEMAP, "lastmod").forEach(lastmod -> lastModified.add(text(url, SITEMAP, "loc") + " " + lastmod.getTextContent()));
        }
        assertThat(locations).allMatch(loc -> loc.startsWith(BASE + "/") && !loc.startsWith(BASE + "//"));
        assertThat(locations).contains(BASE + "/", BASE + "/articles", BASE + "/compare", BASE + "/decide",
                BASE + "/about", BASE + "/privacy");
        List<String> comparisons = jdbc.queryForList("SELECT slug FROM comparison", String.class);
        assertThat(locations).containsAll(comparisons.stream().map(slug -> BASE + "/compare/" + slug).toList());
        List<Map<String, Object>> published = publishedNewestFirst();
        List<Map<String, Object>> sitePages = jdbc.queryForList("SELECT slug, updated_on FROM site_page");
        assertThat(locations).hasSize(4 + comparisons.size() + sitePages.size() + published.size()).doesNotHaveDuplicates();
        List<String> expectedLastModified = new ArrayList<>(published.stream()
                .map(row -> BASE + "/articles/" + row.get("slug") + " " + row.get("published_on")).toList());
        sitePages.forEach(page -> expectedLastModified.add(BASE + "/" + page.get("slug") + " " + page.get("updated_on")));
        assertThat(lastModified).containsExactlyInAnyOrderElementsOf(expectedLastModified);
    }

    @Test
    void theSitemapAndTheFeedLeaveOutUnpublishedArticles() throws Exception {
        long id = TestArticles.create(mvc, "withdrawn-from-the-feed");
        assertThat(fetch("/feed.xml").getContentAsString()).contains("withdrawn-from-the-feed");

        mvc.perform(post("/admin/articles/{id}/publication", id).with(PageToken.asAdmin(mvc)).param("published", "false"))
                .andExpect(status().isSeeOther());

        assertThat(fetch("/sitemap.xml").getContentAsString()).doesNotContain("withdrawn-from-the-feed");
        assertThat(fetch("/feed.xml").getContentAsString()).doesNotContain("withdrawn-from-the-feed");
    }

    @Test
    void feedIsAtomWithOneEntryPerPublishedArticleNewestFirst() throws Exception {
        MockHttpServletResponse response = fetch("/feed.xml");
        Element feed = parseXml(response).getDocumentElement();

        assertThat(response.getContentType()).startsWith("application/atom+xml");
        assertThat(response.getHeader("Cache-Control")).contains("max-age=3600", "public");
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, ATOM, "id")).isEqualTo(BASE + "/");
        assertThat(text(feed, ATOM, "title")).isNotBlank();
        OffsetDateTime.parse(text(feed, ATOM, "updated"));
        assertThat(children(feed, ATOM, "link")).extracting(link -> link.getAttribute("rel") + " " + link.getAttribute("href"))
                .containsExactlyInAnyOrder("self " + BASE + "/feed.xml", "alternate " + BASE + "/articles");

        List<Element> entries = children(feed, ATOM, "entry");
        List<Map<String, Object>> published = publishedNewestFirst();
        assertThat(entries).hasSize(published.size());
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            Map<String, Object> row = published.get(i);
            String url = BASE + "/articles/" + row.get("slug");
            assertThat(text(entry, ATOM, "id")).isEqualTo(url);
            assertThat(text(entry, ATOM, "title")).isEqualTo(row.get("title"));
            assertThat(text(entry, ATOM, "summary")).isEqualTo(row.get("summary"));
            assertThat(children(entry, ATOM, "link")).singleElement().extracting(link -> link.getAttribute("href")).isEqualTo(url);
            assertThat(OffsetDateTime.parse(text(entry, ATOM, "published")).toLocalDate()).hasToString(row.get("published_on").toString());
            OffsetDateTime.parse(text(entry, ATOM, "updated"));
            Element author = children(entry, ATOM, "author").get(0);
            assertThat(text(author, ATOM, "name")).isEqualTo("Framework Fork");
            assertThat(children(entry, ATOM, "category")).singleElement()
                    .extracting(category -> category.getAttribute("term")).asString().isNotBlank();
        }
        assertThat(text(feed, ATOM, "updated")).isEqualTo(text(entries.get(0), ATOM, "updated"));
    }

    /** A title with markup and a control character, as an import could bring in, still makes a valid feed. */
    @Test
    void markupAndControlCharactersInContentCannotBreakTheFeed() throws Exception {
        TestArticles.create(mvc, "markup-in-the-feed");
        jdbc.update("UPDATE article SET title = ? WHERE slug = 'markup-in-the-feed'", "Tags <b>&</b> \"quotes\" ]]> \u0001end");
        try {
            Element feed = parseXml(fetch("/feed.xml")).getDocumentElement();

            assertThat(children(feed, ATOM, "entry")).extracting(entry -> text(entry, ATOM, "title"))
                    .contains("Tags <b>&</b> \"quotes\" ]]> end");
        } finally {
            // The editor refuses such a title; it must not reach the pages other tests check.
            jdbc.update("UPDATE article SET title = 'Title of markup-in-the-feed' WHERE slug = 'markup-in-the-feed'");
        }
    }

    @Test
    void everyPageAdvertisesTheFeedAndHasAbsoluteCanonicalAndOpenGraphUrls() throws Exception {
        TestArticles.create(mvc, "shared-with-crawlers");
        org.jsoup.nodes.Document article = Jsoup.parse(fetch("/articles/shared-with-crawlers").getContentAsString());

        assertThat(article.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/feed.xml");
        assertThat(article.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/articles/shared-with-crawlers");
        assertThat(article.select("meta[property=og:url]").attr("content")).isEqualTo(BASE + "/articles/shared-with-crawlers");
        assertThat(article.select("meta[property=og:title]").attr("content")).startsWith("Title of shared-with-crawlers");
        assertThat(article.select("meta[name=robots]")).isEmpty();
    }

    @Test
    void articlesAreSharedAsArticlesAndOtherPagesAsWebsite() throws Exception {
        TestArticles.create(mvc, "shared-as-an-article");
        org.jsoup.nodes.Document article = Jsoup.parse(fetch("/articles/shared-as-an-article").getContentAsString());
        org.jsoup.nodes.Document home = Jsoup.parse(fetch("/").getContentAsString());

        assertThat(article.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(home.select("meta[property=og:type]").attr("content")).isEqualTo("website");
    }
}

package com.frameworkfork.site;

import java.util.List;

import com.frameworkfork.article.ArticleService;
import com.frameworkfork.article.ArticleSummary;
import org.springframework.stereotype.Service;

/** The sitemap (sitemaps.org protocol 0.9) and the robots.txt that points crawlers to it. */
@Service
public class SitemapService {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** Pages that exist whatever the content; articles are added from the database. */
    static final List<String> FIXED_PAGES = List.of("/", "/articles", "/compare", "/compare/django-vs-flask", "/decide");

    private final SiteProperties site;
    private final ArticleService articles;

    public SitemapService(SiteProperties site, ArticleService articles) {
        this.site = site;
        this.articles = articles;
    }

    public String sitemapXml() {
        XmlOutput xml = new XmlOutput("urlset", NAMESPACE);
        for (String path : FIXED_PAGES) {
            xml.start("url").element("loc", site.baseUrl() + path).end();
        }
        for (ArticleSummary article : articles.published()) {
            xml.start("url")
                    .element("loc", site.baseUrl() + "/articles/" + article.slug())
                    .element("lastmod", article.publishedOn().toString())
                    .end();
        }
        return xml.finish();
    }

    /** Readers' pages are open to crawlers; the back office and the JSON API are not meant for them. */
    public String robotsTxt() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /api/
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(site.baseUrl());
    }
}

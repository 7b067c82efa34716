package com.frameworkfork.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.frameworkfork.article.ArticleService;
import com.frameworkfork.article.ArticleSummary;
import org.springframework.stereotype.Service;

/** An Atom 1.0 feed (RFC 4287) of the published articles, newest first. */
@Service
public class AtomFeedService {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private final SiteProperties site;
    private final ArticleService articles;

    public AtomFeedService(SiteProperties site, ArticleService articles) {
        this.site = site;
        this.articles = articles;
    }

    public String feedXml() {
        List<ArticleSummary> published = articles.published();
        String updated = published.isEmpty()
                ? DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                : rfc3339(published.get(0).publishedOn());
        XmlOutput xml = new XmlOutput("feed", NAMESPACE)
                .element("id", site.baseUrl() + "/")
                .element("title", site.name() + ": articles")
                .element("subtitle", "Articles on choosing between Django and Flask, every claim with its source.")
                .element("updated", updated)
                .empty("link", "rel", "self", "type", "application/atom+xml", "href", site.baseUrl() + "/feed.xml")
                .empty("link", "rel", "alternate", "type", "text/html", "href", site.baseUrl() + "/articles")
                .start("author").element("name", site.name()).end();
        for (ArticleSummary article : published) {
            String url = site.baseUrl() + "/articles/" + article.slug();
            String date = rfc3339(article.publishedOn());
            xml.start("entry")
                    .element("id", url)
                    .element("title", article.title())
                    .empty("link", "rel", "alternate", "type", "text/html", "href", url)
                    .element("published", date)
                    .element("updated", date)
                    .element("summary", article.summary())
                    .start("author").element("name", site.name()).end()
                    .empty("category", "term", article.categorySlug(), "label", article.categoryName())
                    .end();
        }
        return xml.finish();
    }

    /** Articles carry a publication day only; the feed states it as midnight UTC. */
    static String rfc3339(LocalDate day) {
        return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}

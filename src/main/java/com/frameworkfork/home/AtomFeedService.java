package com.frameworkfork.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.frameworkfork.article.ArticleService;
import com.frameworkfork.article.ArticleSummary;
import com.frameworkfork.web.SiteProperties;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import org.springframework.stereotype.Service;

/** An Atom 1.0 feed (RFC 4287) of the published articles, newest first, written by Rome. */
@Service
class AtomFeedService {

    private final SiteProperties site;
    private final ArticleService articles;
    private final Clock clock;

    AtomFeedService(SiteProperties site, ArticleService articles, Clock clock) {
        this.site = site;
        this.articles = articles;
        this.clock = clock;
    }

    Feed feed() {
        List<ArticleSummary> published = articles.published();
        Feed feed = new Feed("atom_1.0");
        feed.setId(site.baseUrl() + "/");
        feed.setTitle(xmlSafe(site.name() + ": articles"));
        feed.setSubtitle(text("Articles on choosing between Django and Flask, every claim with its source."));
        feed.setUpdated(published.isEmpty() ? Date.from(clock.instant()) : midnightUtc(published.get(0).publishedOn()));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", site.baseUrl() + "/feed.xml")));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", site.baseUrl() + "/articles")));
        feed.setAuthors(List.of(author()));
        feed.setEntries(published.stream().map(this::entry).toList());
        return feed;
    }

    private Entry entry(ArticleSummary article) {
        String url = site.baseUrl() + "/articles/" + article.slug();
        Entry entry = new Entry();
        entry.setId(url);
        entry.setTitle(xmlSafe(article.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", url)));
        entry.setPublished(midnightUtc(article.publishedOn()));
        entry.setUpdated(midnightUtc(article.publishedOn()));
        entry.setSummary(text(article.summary()));
        entry.setAuthors(List.of(author()));
        Category category = new Category();
        category.setTerm(article.categorySlug());
        category.setLabel(xmlSafe(article.categoryName()));
        entry.setCategories(List.of(category));
        return entry;
    }

    private SyndPerson author() {
        Person author = new Person();
        author.setName(xmlSafe(site.name()));
        return author;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(xmlSafe(value));
        return content;
    }

    /** Articles carry a publication day only; the feed states it as midnight UTC. */
    private static Date midnightUtc(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * Drops the characters XML 1.0 cannot carry at all (most control characters), which an editor could
     * paste into a title: Rome would refuse the whole feed for one of them.
     */
    static String xmlSafe(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(value.length());
        value.codePoints().filter(AtomFeedService::allowedInXml).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}

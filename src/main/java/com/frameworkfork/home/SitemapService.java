package com.frameworkfork.home;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.web.SiteProperties;
import com.frameworkfork.web.SitemapEntries;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The sitemap (sitemaps.org protocol 0.9), from the pages every feature lists, and the robots.txt that points to it. */
@Service
class SitemapService {

    private final SiteProperties site;
    private final List<SitemapEntries> features;
    private final ITemplateEngine templates;

    SitemapService(SiteProperties site, List<SitemapEntries> features, ITemplateEngine templates) {
        this.site = site;
        this.features = features;
        this.templates = templates;
    }

    String sitemapXml() {
        Map<String, SitemapEntries.Entry> byPath = new LinkedHashMap<>();
        features.stream().flatMap(feature -> feature.sitemapEntries().stream())
                .sorted(Comparator.comparing(SitemapEntries.Entry::path))
                .forEach(entry -> byPath.putIfAbsent(entry.path(), entry));
        Context context = new Context();
        context.setVariable("baseUrl", site.baseUrl());
        context.setVariable("entries", byPath.values());
        return templates.process("home/sitemap.xml", context);
    }

    /** Readers' pages are open to crawlers; the back office and the JSON API are not meant for them. */
    String robotsTxt() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /api/
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(site.baseUrl());
    }
}

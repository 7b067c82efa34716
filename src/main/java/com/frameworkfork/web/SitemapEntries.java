package com.frameworkfork.web;

import java.time.LocalDate;
import java.util.List;

/** The public pages a feature offers to crawlers, listed in the sitemap; implemented as a bean by each feature. */
public interface SitemapEntries {

    List<Entry> sitemapEntries();

    /** @param lastModified when the page's content last changed, or null when it is not known */
    record Entry(String path, LocalDate lastModified) {

        public static Entry of(String path) {
            return new Entry(path, null);
        }
    }
}

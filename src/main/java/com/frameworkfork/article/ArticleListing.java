package com.frameworkfork.article;

import java.util.List;

/** The article list, optionally narrowed to one category ({@code selected} is null for all). */
record ArticleListing(List<Category> categories, Category selected, List<ArticleSummary> articles) {

    /** A category's list is a page of its own; the unfiltered list is the plain path. */
    public String canonicalPath() {
        return selected == null ? "/articles" : "/articles?category=" + selected.getSlug();
    }
}

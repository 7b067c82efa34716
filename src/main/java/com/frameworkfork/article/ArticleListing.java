package com.frameworkfork.article;

import java.util.List;

/** The article list, optionally narrowed to one category ({@code selected} is null for all). */
public record ArticleListing(List<Category> categories, Category selected, List<ArticleSummary> articles) {
}

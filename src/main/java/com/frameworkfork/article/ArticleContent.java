package com.frameworkfork.article;

import java.util.List;

import com.frameworkfork.source.SourceView;

/**
 * What an article's page shows that only a save changes: the article, its sources and its place among
 * the public articles. {@link ArticleService} makes it once per content version and per number of
 * public articles (a scheduled one turns public without a save), and the page keeps its HTML by it.
 */
public record ArticleContent(long id, ArticleSummary summary, String bodyHtml, List<SourceView> sources,
                             ArticleSummary previous, ArticleSummary next, List<ArticleSummary> related) {
}

package com.frameworkfork.article;

import java.util.List;
import java.util.Map;

import com.frameworkfork.source.SourceView;

/**
 * Everything the article page shows, loaded before the view renders (open-in-view is off).
 * {@code attachments} holds what other features add, keyed by {@link ArticleAttachment#name()}.
 */
public record ArticlePage(long id, ArticleSummary summary, String bodyHtml, ArticleCounts counts,
                          List<SourceView> sources, ArticleSummary previous, ArticleSummary next,
                          List<ArticleSummary> related, Map<String, Object> attachments) {
}

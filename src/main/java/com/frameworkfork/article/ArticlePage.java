package com.frameworkfork.article;

import java.util.Map;

/**
 * Everything the article page shows, loaded before the view renders (open-in-view is off): the content,
 * the same for every reader until a save, and what is counted and attached on each request.
 * {@code attachments} holds what other features add, keyed by {@link ArticleAttachment#name()}.
 */
public record ArticlePage(ArticleContent content, ArticleCounts counts, Map<String, Object> attachments) {
}

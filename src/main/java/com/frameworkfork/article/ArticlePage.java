package com.frameworkfork.article;

import java.util.List;

/** Everything the article page shows, loaded before the view renders (open-in-view is off). */
public record ArticlePage(long id, ArticleSummary summary, String bodyHtml, ArticleCounts counts,
                          List<SourceView> sources, ArticleSummary previous, ArticleSummary next,
                          List<ArticleSummary> related) {
}

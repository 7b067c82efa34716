package com.frameworkfork.article;

import java.time.ZoneOffset;
import java.util.List;

import com.frameworkfork.search.SearchDocument;
import com.frameworkfork.search.SearchableContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published and scheduled articles as the site's search sees them: title, then summary and reading text. */
@Component
class ArticleSearchDocuments implements SearchableContent {

    private final ArticleRepository articles;

    ArticleSearchDocuments(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchDocument> searchDocuments() {
        return articles.findReleased().stream()
                .map(article -> new SearchDocument("article:" + article.getSlug(), "Article",
                        article.getCategory().getName(), "/articles/" + article.getSlug(), article.getTitle(),
                        article.getSummary() + "\n" + PlainText.fromRenderedHtml(article.getBodyHtml()),
                        article.getPublishAt().toInstant(ZoneOffset.UTC)))
                .toList();
    }
}

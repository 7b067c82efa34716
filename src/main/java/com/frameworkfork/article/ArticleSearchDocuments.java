package com.frameworkfork.article;

import java.util.List;

import com.frameworkfork.search.SearchDocument;
import com.frameworkfork.search.SearchableContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published articles as the site's search sees them: title, then summary and reading text. */
@Component
class ArticleSearchDocuments implements SearchableContent {

    private final ArticleRepository articles;

    ArticleSearchDocuments(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchDocument> searchDocuments() {
        return articles.findPublishedNewestFirst().stream()
                .map(article -> new SearchDocument("article:" + article.getSlug(), "Article",
                        article.getCategory().getName(), "/articles/" + article.getSlug(), article.getTitle(),
                        article.getSummary() + "\n" + PlainText.fromRenderedHtml(article.getBodyHtml()), null))
                .toList();
    }
}

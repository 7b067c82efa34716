package com.frameworkfork.article;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeded articles arrive from Flyway as Markdown only. This renders each one once, before the web
 * server accepts requests, and stores the HTML so that no request ever renders Markdown.
 */
@Component
class ArticleRenderingInitializer implements SmartInitializingSingleton {

    private final ArticleRepository articles;
    private final MarkdownRenderer renderer;
    private final TransactionTemplate transaction;

    ArticleRenderingInitializer(ArticleRepository articles, MarkdownRenderer renderer,
                                PlatformTransactionManager transactionManager) {
        this.articles = articles;
        this.renderer = renderer;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            for (Article article : articles.findByBodyHtmlIsNullOrReadingMinutesIsNull()) {
                article.applyRendering(renderer.render(article.getBodyMarkdown()));
            }
        });
    }
}

package com.frameworkfork.article;

/**
 * Something another feature shows with an article, such as its comment thread, loaded together
 * with the article. The article package defines this so that it never depends on those features;
 * they depend on it and register an implementation as a bean.
 */
public interface ArticleAttachment {

    /** The key under which the article page finds this attachment in {@link ArticlePage#attachments()}. */
    String name();

    Object loadFor(long articleId);
}

package com.frameworkfork.article;

import java.util.List;

/**
 * Something another feature keeps that links to an article, such as a quiz question pointing readers
 * to it. The article package defines this so that it never looks into other features' tables; they
 * implement it as a bean, and an article something links to cannot be deleted until the link goes.
 */
public interface ArticleReferences {

    /**
     * Where this article is linked from, each worded for an editor ("the quiz question Do you need an
     * admin?"); empty when nothing of this feature links to it.
     */
    List<String> placesLinkingTo(long articleId);
}

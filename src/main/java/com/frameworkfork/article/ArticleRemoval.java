package com.frameworkfork.article;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Deleting an article, the same for an editor and for the importer: never while something links to it,
 * and always leaving a tombstone so that its address answers 410 Gone. Its comments, hearts and
 * citations go with it (the database cascades them).
 */
@Component
class ArticleRemoval {

    private final ArticleRepository articles;
    private final DeletedArticleRepository tombstones;
    private final ObjectProvider<ArticleReferences> references;
    private final Clock clock;

    ArticleRemoval(ArticleRepository articles, DeletedArticleRepository tombstones,
                   ObjectProvider<ArticleReferences> references, Clock clock) {
        this.articles = articles;
        this.tombstones = tombstones;
        this.references = references;
        this.clock = clock;
    }

    /** Every place other features report linking to the article. */
    List<String> placesLinkingTo(long articleId) {
        return references.orderedStream().flatMap(feature -> feature.placesLinkingTo(articleId).stream()).toList();
    }

    /** Deletes the article, which nothing may link to any more, and keeps its tombstone. */
    void delete(Article article) {
        tombstones.save(new DeletedArticle(article.getSlug(), article.getTitle(),
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        articles.delete(article);
        // Written now, so that a link the database refuses fails here, inside the caller's transaction.
        articles.flush();
    }

    /** An article takes this slug: a tombstone under it, if any, goes. */
    void slugTaken(String slug) {
        tombstones.forget(slug);
    }
}

package com.frameworkfork.article;

import java.util.List;

import com.frameworkfork.source.SourceCitations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Articles cite sources: such a source cannot be deleted while they do. */
@Component
class ArticleCitations implements SourceCitations {

    private final ArticleRepository articles;

    ArticleCitations(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> placesCiting(String code) {
        return articles.findTitlesCiting(code).stream().map(title -> "the article " + title).toList();
    }
}

package com.frameworkfork.article;

import java.util.Optional;

import com.frameworkfork.correction.CorrectableContent;
import org.springframework.stereotype.Component;

/** Readers may suggest a correction to any public article, as a whole: an article has no parts. */
@Component
class ArticleCorrections implements CorrectableContent {

    private static final String PAGE_PREFIX = "articles/";

    private final ArticleService articles;

    ArticleCorrections(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    public Optional<String> titleOf(String page, String part) {
        if (part != null || !page.startsWith(PAGE_PREFIX)) {
            return Optional.empty();
        }
        return articles.publicTitle(page.substring(PAGE_PREFIX.length()));
    }
}

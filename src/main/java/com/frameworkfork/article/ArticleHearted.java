package com.frameworkfork.article;

import java.util.Optional;

import com.frameworkfork.web.PublicContentChanged;

/** A reader hearted an article; only its own page shows the count. */
record ArticleHearted(String slug) implements PublicContentChanged {

    @Override
    public Optional<String> page() {
        return Optional.of("/articles/" + slug);
    }
}

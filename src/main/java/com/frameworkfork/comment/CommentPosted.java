package com.frameworkfork.comment;

import java.util.Optional;

import com.frameworkfork.web.PublicContentChanged;

/** A reader's comment was stored; only its article's page shows the thread. */
record CommentPosted(String articleSlug) implements PublicContentChanged {

    @Override
    public Optional<String> page() {
        return Optional.of("/articles/" + articleSlug);
    }
}

package com.frameworkfork.article;

/** An article other content links to cannot be deleted; the editor is told where the links are. */
class ArticleStillLinkedException extends RuntimeException {

    private final ArticleDeletion deletion;

    ArticleStillLinkedException(ArticleDeletion deletion) {
        super("The article '" + deletion.slug() + "' is still linked from " + deletion.linkedFrom());
        this.deletion = deletion;
    }

    ArticleDeletion deletion() {
        return deletion;
    }
}

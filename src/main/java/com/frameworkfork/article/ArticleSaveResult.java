package com.frameworkfork.article;

/** Either the id of the article just saved, or the editor to show again with its errors. */
record ArticleSaveResult(Long savedId, ArticleEditor editor) {

    static ArticleSaveResult saved(long id) {
        return new ArticleSaveResult(id, null);
    }

    static ArticleSaveResult rejected(ArticleEditor editor) {
        return new ArticleSaveResult(null, editor);
    }

    public boolean isSaved() {
        return savedId != null;
    }
}

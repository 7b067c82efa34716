package com.frameworkfork.article;

/**
 * Either the article page as readers will see it, with the state it has or would have once saved,
 * or the editor to show again with the form's problems.
 */
record ArticlePreviewResult(ArticlePage page, ArticleState state, ArticleEditor editor) {

    static ArticlePreviewResult shown(ArticlePage page, ArticleState state) {
        return new ArticlePreviewResult(page, state, null);
    }

    static ArticlePreviewResult rejected(ArticleEditor editor) {
        return new ArticlePreviewResult(null, null, editor);
    }

    public boolean isShown() {
        return page != null;
    }
}

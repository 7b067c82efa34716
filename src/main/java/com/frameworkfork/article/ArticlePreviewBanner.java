package com.frameworkfork.article;

/**
 * What the preview marks on the article page: that it is a preview, the state the article has or would
 * have, and the way back. A preview of the unsaved form carries the form along ({@code formAction}),
 * so the editor can go back to it or save it; a saved article's preview links to its editor.
 */
record ArticlePreviewBanner(ArticleState state, String formAction, ArticleForm form, String editPath) {

    static ArticlePreviewBanner ofForm(Long id, ArticleForm form, ArticleState state) {
        return new ArticlePreviewBanner(state, id == null ? "/admin/articles" : "/admin/articles/" + id, form, null);
    }

    static ArticlePreviewBanner ofSaved(long id, ArticleState state) {
        return new ArticlePreviewBanner(state, null, null, "/admin/articles/" + id + "/edit");
    }

    public boolean isUnsaved() {
        return form != null;
    }
}

package com.frameworkfork.article;

import java.util.List;

import com.frameworkfork.source.SourceView;

/**
 * The back office's article editor: the form, its choices, and where the article stands now.
 *
 * @param id          the article being edited, or null for a new one
 * @param storedState the state as saved, or null for a new article
 * @param storedSlug  the slug as saved, or null for a new article
 */
record ArticleEditor(Long id, ArticleForm form, List<CategoryOption> categories, List<SourceView> sources,
                     ArticleState storedState, String storedSlug) {

    public String heading() {
        return id == null ? "Write an article" : "Edit article";
    }

    public ArticleState[] states() {
        return ArticleState.values();
    }

    /** Where readers find the article, while it is public. */
    public String publicPath() {
        return storedState == ArticleState.PUBLISHED ? "/articles/" + storedSlug : null;
    }

    /** Where the editor sees a draft or scheduled article as readers will, once saved. */
    public String previewPath() {
        return id != null && storedState != ArticleState.PUBLISHED ? "/admin/articles/" + id + "/preview" : null;
    }

    public record CategoryOption(String slug, String name) {
    }
}

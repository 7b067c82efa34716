package com.frameworkfork.article;

import java.util.List;

import com.frameworkfork.source.SourceView;

/**
 * The back office's article editor: the form, its choices, and the rendered body when the editor
 * asked for a preview.
 *
 * @param id          the article being edited, or null for a new one
 * @param previewHtml safe HTML rendered from the form's Markdown, or null when no preview was asked for
 */
record ArticleEditor(Long id, ArticleForm form, List<CategoryOption> categories, List<SourceView> sources,
                            String previewHtml) {

    public String heading() {
        return id == null ? "Write an article" : "Edit article";
    }

    public record CategoryOption(String slug, String name) {
    }
}

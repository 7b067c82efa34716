package com.frameworkfork.support;

import java.time.LocalDate;
import java.util.Set;

import com.frameworkfork.article.ArticleEditingService;
import com.frameworkfork.article.ArticleForm;
import com.frameworkfork.article.ArticleSaveResult;
import org.springframework.validation.BeanPropertyBindingResult;

/** Creates articles the way the back office does, so tests need no seeded content. */
public final class TestArticles {

    private TestArticles() {
    }

    public static ArticleForm form(String slug, boolean published) {
        ArticleForm form = new ArticleForm();
        form.setSlug(slug);
        form.setTitle("Title of " + slug);
        form.setSummary("Summary of " + slug + ".");
        form.setCategorySlug("guides");
        form.setPublishedOn(LocalDate.of(2026, 6, 3));
        form.setBodyMarkdown("## Section\n\nBody of " + slug + ".");
        form.setSourceCodes(Set.of("S1"));
        form.setPublished(published);
        return form;
    }

    public static long create(ArticleEditingService editing, String slug) {
        ArticleForm form = form(slug, true);
        ArticleSaveResult result = editing.save(null, form, new BeanPropertyBindingResult(form, "articleForm"));
        if (!result.isSaved()) {
            throw new IllegalStateException("Test article " + slug + " was not saved");
        }
        return result.savedId();
    }
}

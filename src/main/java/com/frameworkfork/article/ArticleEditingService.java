package com.frameworkfork.article;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.frameworkfork.source.Source;
import com.frameworkfork.source.SourceService;
import com.frameworkfork.source.SourceView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** The rules for writing articles from the back office: validation, unique slugs, rendering on save. */
@Service
class ArticleEditingService {

    private final ArticleRepository articles;
    private final CategoryRepository categories;
    private final SourceService sources;
    private final MarkdownRenderer renderer;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleEditingService(ArticleRepository articles, CategoryRepository categories, SourceService sources,
                          MarkdownRenderer renderer, Validator validator, ApplicationEventPublisher events,
                          Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.categories = categories;
        this.sources = sources;
        this.renderer = renderer;
        this.validator = validator;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ArticleAdminRow> listAll() {
        return articles.findAllNewestFirst().stream().map(ArticleAdminRow::of).toList();
    }

    @Transactional(readOnly = true)
    public ArticleEditor blank() {
        ArticleForm form = new ArticleForm();
        form.setPublishedOn(LocalDate.now(clock));
        return editor(null, form, null);
    }

    @Transactional(readOnly = true)
    public ArticleEditor edit(long id) {
        return editor(id, ArticleForm.of(load(id)), null);
    }

    /** Shows the form again with its Markdown rendered below it; nothing is stored. */
    @Transactional(readOnly = true)
    public ArticleEditor preview(Long id, ArticleForm form) {
        if (id != null) {
            load(id);
        }
        return editor(id, form, renderer.render(form.getBodyMarkdown()).html());
    }

    /**
     * Creates ({@code id} null) or updates an article. Problems are added to {@code errors}, which
     * may already hold the form's conversion errors, and the editor is handed back to show them.
     */
    @Transactional
    public ArticleSaveResult save(Long id, ArticleForm form, Errors errors) {
        Article existing = id == null ? null : load(id);
        for (ConstraintViolation<ArticleForm> violation : validator.validate(form)) {
            String field = violation.getPropertyPath().toString();
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "invalid", violation.getMessage());
            }
        }
        if (form.getSlug() != null && !errors.hasFieldErrors("slug")) {
            boolean taken = existing == null ? articles.existsBySlug(form.getSlug())
                    : articles.existsBySlugAndIdNot(form.getSlug(), existing.getId());
            if (taken) {
                errors.rejectValue("slug", "taken", "Another article already uses this slug; choose a different one.");
            }
        }
        Optional<Category> category = Optional.ofNullable(form.getCategorySlug()).flatMap(categories::findBySlug);
        if (category.isEmpty() && !errors.hasFieldErrors("categorySlug")) {
            errors.rejectValue("categorySlug", "unknown", "Choose one of the listed categories.");
        }
        RenderedMarkdown rendered = errors.hasFieldErrors("bodyMarkdown") ? null
                : renderer.render(form.getBodyMarkdown());
        if (rendered != null && rendered.html().length() > Article.BODY_HTML_LIMIT) {
            errors.rejectValue("bodyMarkdown", "rendersTooLarge", rendersTooLarge(rendered.html().length()));
        }
        Set<Source> cited = new LinkedHashSet<>();
        for (String code : form.getSourceCodes()) {
            sources.byCode(code).ifPresentOrElse(cited::add,
                    () -> errors.rejectValue("sourceCodes", "unknown", "Choose sources from the list only."));
        }
        if (errors.hasErrors()) {
            return ArticleSaveResult.rejected(editor(id, form, null));
        }
        Article article = existing;
        if (article == null) {
            article = new Article(form.getSlug(), form.getTitle(), form.getSummary(), category.get(),
                    form.getBodyMarkdown(), form.getPublishedOn(), form.isPublished());
        } else {
            article.setSlug(form.getSlug());
            article.setTitle(form.getTitle());
            article.setSummary(form.getSummary());
            article.setCategory(category.get());
            article.setBodyMarkdown(form.getBodyMarkdown());
            article.setPublishedOn(form.getPublishedOn());
            article.setPublished(form.isPublished());
        }
        article.setSources(cited);
        article.applyRendering(rendered);
        Article saved = articles.save(article);
        events.publishEvent(new ArticlesChanged(saved.getSlug()));
        return ArticleSaveResult.saved(saved.getId());
    }

    /** Saves an older version of the article as if an editor had typed it in again; the problems if it is refused. */
    @Transactional
    public List<String> restore(long id, Article version) {
        ArticleForm form = ArticleForm.of(version);
        Errors errors = new BeanPropertyBindingResult(form, "articleForm");
        save(id, form, errors);
        return errors.getAllErrors().stream().map(MessageSourceResolvable::getDefaultMessage).toList();
    }

    @Transactional
    public void setPublished(long id, boolean published) {
        Article article = load(id);
        article.setPublished(published);
        events.publishEvent(new ArticlesChanged(article.getSlug()));
    }

    /**
     * No column holds every rendering (one reference link used many times grows without bound), so
     * the rendered size has a limit of its own, twice the Markdown's.
     */
    private static String rendersTooLarge(int htmlLength) {
        NumberFormat readable = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        return "As a web page this text comes to " + readable.format(htmlLength) + " characters, more than the "
                + readable.format(Article.BODY_HTML_LIMIT) + " an article can hold. Characters such as < and &, "
                + "emphasis and repeated links grow the most; shorten the text or split it into two articles.";
    }

    private Article load(long id) {
        return articles.findWithDetailsById(id).orElseThrow(() -> new ArticleNotFoundException("#" + id));
    }

    private ArticleEditor editor(Long id, ArticleForm form, String previewHtml) {
        List<ArticleEditor.CategoryOption> categoryOptions = categories.findAllByOrderByPositionAsc().stream()
                .map(c -> new ArticleEditor.CategoryOption(c.getSlug(), c.getName()))
                .toList();
        List<SourceView> sourceOptions = sources.all();
        return new ArticleEditor(id, form, categoryOptions, sourceOptions, previewHtml);
    }
}

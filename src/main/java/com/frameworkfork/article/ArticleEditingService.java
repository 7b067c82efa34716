package com.frameworkfork.article;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.source.Source;
import com.frameworkfork.source.SourceService;
import com.frameworkfork.source.SourceView;
import com.frameworkfork.web.Pagination;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * The rules for writing articles from the back office: validation, unique slugs (made from the title
 * when left empty), the three states and their times, rendering on save, previews and deletion.
 */
@Service
class ArticleEditingService {

    private static final DateTimeFormatter TIME_TYPED = DateTimeFormatter.ofPattern("H:mm[:ss]");
    private static final DateTimeFormatter NOW_FOR_PEOPLE =
            DateTimeFormatter.ofPattern("HH:mm 'UTC on' d MMMM yyyy", Locale.ENGLISH);

    private final ArticleRepository articles;
    private final CategoryRepository categories;
    private final DeletedArticleRepository tombstones;
    private final SourceService sources;
    private final MarkdownRenderer renderer;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ArticleService readers;
    private final ArticleRemoval removal;
    private final ContentVersion contentVersion;

    ArticleEditingService(ArticleRepository articles, CategoryRepository categories, DeletedArticleRepository tombstones,
                          SourceService sources, MarkdownRenderer renderer, Validator validator,
                          ApplicationEventPublisher events, Clock clock, ArticleService readers, ArticleRemoval removal,
                          ContentVersion contentVersion) {
        this.articles = articles;
        this.categories = categories;
        this.tombstones = tombstones;
        this.sources = sources;
        this.renderer = renderer;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.readers = readers;
        this.removal = removal;
        this.contentVersion = contentVersion;
    }

    /** One page of the list; a page past the end shows the last one. */
    @Transactional(readOnly = true)
    public ArticleList list(ArticleQuery query) {
        LocalDateTime now = now();
        Page<Article> page = articles.findAll(query.filter(now),
                PageRequest.of(query.page() - 1, ArticleQuery.PAGE_SIZE, query.sort().sort()));
        if (page.getTotalPages() > 0 && query.page() > page.getTotalPages()) {
            query = query.onPage(page.getTotalPages());
            page = articles.findAll(query.filter(now),
                    PageRequest.of(query.page() - 1, ArticleQuery.PAGE_SIZE, query.sort().sort()));
        }
        ArticleQuery shown = query;
        return new ArticleList(shown, page.map(article -> ArticleAdminRow.of(article, now)).getContent(),
                Pagination.of(page, number -> shown.onPage(number).href()), categoryOptions());
    }

    @Transactional(readOnly = true)
    public ArticleEditor blank() {
        ArticleForm form = new ArticleForm();
        form.setPublishAt(now().truncatedTo(ChronoUnit.MINUTES));
        form.setState(ArticleState.DRAFT.code());
        return editor(null, form);
    }

    @Transactional(readOnly = true)
    public ArticleEditor edit(long id) {
        return editor(id, ArticleForm.of(load(id), now()));
    }

    /** The editor again with what the form holds, as the editor comes back from a preview. */
    @Transactional(readOnly = true)
    public ArticleEditor resume(Long id, ArticleForm form) {
        if (id != null) {
            load(id);
        }
        return editor(id, form);
    }

    /**
     * The whole article page as readers will see it, from the form and nothing stored; or the editor
     * with the form's problems. An empty slug is made from the title, so the preview shows the address.
     */
    @Transactional(readOnly = true)
    public ArticlePreviewResult preview(Long id, ArticleForm form, Errors errors) {
        Article existing = id == null ? null : load(id);
        Checked checked = check(existing, form, errors);
        if (checked == null) {
            return ArticlePreviewResult.rejected(editor(id, form));
        }
        ArticleSummary summary = new ArticleSummary(form.getSlug(), form.getTitle(), form.getSummary(),
                checked.category().getSlug(), checked.category().getName(), checked.publishAt(),
                checked.rendered().readingMinutes());
        return ArticlePreviewResult.shown(readers.preview(id, summary, checked.rendered().html(),
                checked.cited().stream().map(SourceView::of).toList()), checked.state());
    }

    /** The page of a saved article as readers will see it once it is public. */
    @Transactional(readOnly = true)
    public ArticlePreviewResult previewSaved(long id) {
        Article article = load(id);
        return ArticlePreviewResult.shown(readers.preview(id, ArticleSummary.of(article), article.getBodyHtml(),
                article.getSources().stream().map(SourceView::of).toList()), article.stateAt(now()));
    }

    /**
     * Creates ({@code id} null) or updates an article. Problems are added to {@code errors}, which
     * may already hold the form's conversion errors, and the editor is handed back to show them.
     */
    @Transactional
    public ArticleSaveResult save(Long id, ArticleForm form, Errors errors) {
        Article existing = id == null ? null : load(id);
        Checked checked = check(existing, form, errors);
        if (checked == null) {
            return ArticleSaveResult.rejected(editor(id, form));
        }
        Article article = existing;
        if (article == null) {
            article = new Article(form.getSlug(), form.getTitle(), form.getSummary(), checked.category(),
                    form.getBodyMarkdown(), checked.publishAt(), checked.state() != ArticleState.DRAFT);
        } else {
            article.setSlug(form.getSlug());
            article.setTitle(form.getTitle());
            article.setSummary(form.getSummary());
            article.setCategory(checked.category());
            article.setBodyMarkdown(form.getBodyMarkdown());
            article.setPublishAt(checked.publishAt());
            article.setPublished(checked.state() != ArticleState.DRAFT);
        }
        article.setSources(checked.cited());
        article.applyRendering(checked.rendered());
        removal.slugTaken(form.getSlug());
        Article saved = articles.save(article);
        changed(saved.getSlug());
        return ArticleSaveResult.saved(saved.getId());
    }

    /**
     * Saves an older version of the article as if an editor had typed it in again, its state read at
     * the present time; the problems if it is refused.
     */
    @Transactional
    public List<String> restore(long id, Article version) {
        ArticleForm form = ArticleForm.of(version, now());
        Errors errors = new BeanPropertyBindingResult(form, "articleForm");
        save(id, form, errors);
        return errors.getAllErrors().stream().map(MessageSourceResolvable::getDefaultMessage).toList();
    }

    /** Publishes a draft at its stored time (so a time still to come schedules it), or makes it a draft again. */
    @Transactional
    public void setPublished(long id, boolean published) {
        Article article = load(id);
        article.setPublished(published);
        changed(article.getSlug());
    }

    @Transactional(readOnly = true)
    public ArticleDeletion deletion(long id) {
        return deletion(load(id));
    }

    /**
     * Deletes an article with its comments and hearts, leaving a tombstone so its address answers 410.
     *
     * @throws ArticleStillLinkedException while another feature links to it
     */
    @Transactional
    public ArticleDeletion delete(long id) {
        Article article = load(id);
        ArticleDeletion deletion = deletion(article);
        if (!deletion.isAllowed()) {
            throw new ArticleStillLinkedException(deletion);
        }
        removal.delete(article);
        changed(article.getSlug());
        return deletion;
    }

    private ArticleDeletion deletion(Article article) {
        return new ArticleDeletion(article.getId(), article.getTitle(), article.getSlug(), article.stateAt(now()),
                article.getHeartCount(), removal.placesLinkingTo(article.getId()));
    }

    /** Readers see the change after commit on this instance, and other instances drop what they built from content. */
    private void changed(String slug) {
        contentVersion.bump();
        events.publishEvent(new ArticlesChanged(slug));
    }

    /** What a valid form comes to, or null when {@code errors} now holds its problems. */
    private Checked check(Article existing, ArticleForm form, Errors errors) {
        if (isBlank(form.getSlug()) && !isBlank(form.getTitle())) {
            form.setSlug(suggestedSlug(form.getTitle(), existing));
        }
        for (ConstraintViolation<ArticleForm> violation : validator.validate(form)) {
            String field = violation.getPropertyPath().toString();
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "invalid", violation.getMessage());
            }
        }
        if (!isBlank(form.getSlug()) && !errors.hasFieldErrors("slug")) {
            boolean taken = existing == null ? articles.existsBySlug(form.getSlug())
                    : articles.existsBySlugAndIdNot(form.getSlug(), existing.getId());
            if (taken) {
                errors.rejectValue("slug", "taken", "Another article already uses this slug. Choose a different one, "
                        + "or clear the field to use " + suggestedSlug(form.getSlug(), existing) + ".");
            }
        }
        Optional<Category> category = Optional.ofNullable(form.getCategorySlug()).flatMap(categories::findBySlug);
        if (category.isEmpty() && !errors.hasFieldErrors("categorySlug")) {
            errors.rejectValue("categorySlug", "unknown", "Choose one of the listed categories.");
        }
        LocalDateTime publishAt = publishAt(form, errors);
        ArticleState state = ArticleState.ofCode(form.getState());
        if (state == null) {
            errors.rejectValue("state", "unknown", "Choose whether the article is a draft, scheduled or published.");
        } else if (publishAt != null) {
            checkTime(state, publishAt, errors);
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
            return null;
        }
        return new Checked(category.get(), rendered, cited, publishAt, state);
    }

    /** The date and time the form gives, in UTC to the second; an empty time is midnight. */
    private static LocalDateTime publishAt(ArticleForm form, Errors errors) {
        LocalTime time = LocalTime.MIDNIGHT;
        if (!isBlank(form.getPublishTime())) {
            try {
                time = LocalTime.parse(form.getPublishTime(), TIME_TYPED);
            } catch (DateTimeParseException notATime) {
                errors.rejectValue("publishTime", "invalid",
                        "Enter the time as hours and minutes in UTC, for example 09:30, or leave it empty for midnight.");
                return null;
            }
        }
        return form.getPublishedOn() == null ? null : form.getPublishedOn().atTime(time);
    }

    private void checkTime(ArticleState state, LocalDateTime publishAt, Errors errors) {
        LocalDateTime now = now();
        if (state == ArticleState.SCHEDULED && !publishAt.isAfter(now)) {
            errors.rejectValue("state", "past", "A scheduled article needs a publication time still to come, and this "
                    + "one has passed (it is " + NOW_FOR_PEOPLE.format(now) + "). Choose a later time, or choose "
                    + "Published to publish it at once.");
        } else if (state == ArticleState.PUBLISHED && publishAt.isAfter(now)) {
            errors.rejectValue("state", "future", "The publication time is still to come (it is "
                    + NOW_FOR_PEOPLE.format(now) + "). Choose Scheduled to publish the article then, or a time that "
                    + "has passed to publish it now.");
        }
    }

    /**
     * The slug {@code text} suggests, made unique: neither another article's nor one a deleted article
     * left, so an old address never starts answering with a different article by accident.
     */
    private String suggestedSlug(String text, Article existing) {
        String stem = Slugs.stemOf(text);
        Set<String> taken = new HashSet<>(articles.findSlugsStartingWith(stem));
        taken.addAll(tombstones.findSlugsStartingWith(stem));
        if (existing != null) {
            taken.remove(existing.getSlug());
        }
        String slug = stem;
        for (int n = 2; taken.contains(slug); n++) {
            slug = stem + "-" + n;
        }
        return slug;
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

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Article load(long id) {
        return articles.findWithDetailsById(id).orElseThrow(() -> new ArticleNotFoundException("#" + id));
    }

    private List<ArticleEditor.CategoryOption> categoryOptions() {
        return categories.findAllByOrderByPositionAsc().stream()
                .map(c -> new ArticleEditor.CategoryOption(c.getSlug(), c.getName()))
                .toList();
    }

    private ArticleEditor editor(Long id, ArticleForm form) {
        Article stored = id == null ? null : articles.findById(id).orElse(null);
        return new ArticleEditor(id, form, categoryOptions(), sources.all(),
                stored == null ? null : stored.stateAt(now()), stored == null ? null : stored.getSlug());
    }

    private record Checked(Category category, RenderedMarkdown rendered, Set<Source> cited, LocalDateTime publishAt,
                           ArticleState state) {
    }
}

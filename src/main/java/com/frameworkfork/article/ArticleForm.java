package com.frameworkfork.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the back office's article editor sends; checked by {@link ArticleEditingService}. The slug may
 * be left empty, to be made from the title; the time is UTC and may be left empty for midnight.
 */
class ArticleForm {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Size(max = Slugs.MAX_LENGTH, message = "The slug can be up to 120 characters long.")
    @Pattern(regexp = "(" + Slugs.REGEX + ")?",
            message = "Use lowercase letters, digits and single hyphens only, for example django-vs-flask.")
    private String slug;

    @NotBlank(message = "Enter a title.")
    @Size(max = 200, message = "The title can be up to 200 characters long.")
    private String title;

    @NotBlank(message = "Enter a summary of one or two sentences.")
    @Size(max = 400, message = "The summary can be up to 400 characters long.")
    private String summary;

    @NotBlank(message = "Choose a category.")
    private String categorySlug;

    @NotNull(message = "Enter the publication date.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publishedOn;

    /** As typed, so a time the editor mistyped comes back to them unchanged. */
    private String publishTime;

    @NotBlank(message = "Write the article's body in Markdown.")
    @Size(max = 200_000, message = "The body can be up to 200,000 characters long.")
    private String bodyMarkdown;

    private Set<String> sourceCodes = new LinkedHashSet<>();

    /** One of the {@link ArticleState} codes: draft, scheduled or published. */
    private String state;

    static ArticleForm of(Article article, LocalDateTime now) {
        ArticleForm form = new ArticleForm();
        form.slug = article.getSlug();
        form.title = article.getTitle();
        form.summary = article.getSummary();
        form.categorySlug = article.getCategory().getSlug();
        form.setPublishAt(article.getPublishAt());
        form.bodyMarkdown = article.getBodyMarkdown();
        article.getSources().forEach(source -> form.sourceCodes.add(source.getCode()));
        form.state = article.stateAt(now).code();
        return form;
    }

    void setPublishAt(LocalDateTime publishAt) {
        publishedOn = publishAt.toLocalDate();
        LocalTime time = publishAt.toLocalTime();
        publishTime = (time.getSecond() == 0 ? MINUTES : SECONDS).format(time);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug == null ? null : slug.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null ? null : summary.strip();
    }

    public String getCategorySlug() {
        return categorySlug;
    }

    public void setCategorySlug(String categorySlug) {
        this.categorySlug = categorySlug;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getPublishTime() {
        return publishTime;
    }

    public void setPublishTime(String publishTime) {
        this.publishTime = publishTime == null ? null : publishTime.strip();
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public void setBodyMarkdown(String bodyMarkdown) {
        this.bodyMarkdown = bodyMarkdown;
    }

    public Set<String> getSourceCodes() {
        return sourceCodes;
    }

    public void setSourceCodes(Set<String> sourceCodes) {
        this.sourceCodes = sourceCodes == null ? new LinkedHashSet<>() : sourceCodes;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}

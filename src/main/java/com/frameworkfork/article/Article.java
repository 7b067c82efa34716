package com.frameworkfork.article;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import com.frameworkfork.source.Source;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

@Entity
@Audited
public class Article {

    /** The body_html column's size; Markdown that renders to more is refused by the editor. */
    static final int BODY_HTML_LIMIT = 400_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    private String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(length = 200_000)
    private String bodyMarkdown;

    /** Rendered once from {@link #bodyMarkdown} whenever the Markdown changes, never per request. */
    @Column(length = BODY_HTML_LIMIT)
    @NotAudited
    private String bodyHtml;

    @NotAudited
    private Integer readingMinutes;

    /** In UTC. The article is public once it is published and this time has come. */
    private LocalDateTime publishAt;

    /** Released by an editor; a future {@link #publishAt} keeps it scheduled until then. */
    private boolean published;

    /** Counters change only through atomic UPDATE statements in the repository; the entity never writes them. */
    @Column(insertable = false, updatable = false)
    @NotAudited
    private long viewCount;

    @Column(insertable = false, updatable = false)
    @NotAudited
    private long heartCount;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "article_source",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("code")
    private Set<Source> sources = new LinkedHashSet<>();

    protected Article() {
    }

    public Article(String slug, String title, String summary, Category category, String bodyMarkdown,
                   LocalDateTime publishAt, boolean published) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.category = category;
        this.bodyMarkdown = bodyMarkdown;
        this.publishAt = publishAt;
        this.published = published;
    }

    /** Stores the Markdown together with what is derived from it, so the two never disagree. */
    public void applyRendering(RenderedMarkdown rendered) {
        this.bodyHtml = rendered.html();
        this.readingMinutes = rendered.readingMinutes();
    }

    public boolean needsRendering() {
        return bodyHtml == null || readingMinutes == null;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Category getCategory() {
        return category;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Integer getReadingMinutes() {
        return readingMinutes;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    /** Where the article stands at {@code now} (UTC): a draft, waiting for its time, or public. */
    ArticleState stateAt(LocalDateTime now) {
        if (!published) {
            return ArticleState.DRAFT;
        }
        return publishAt.isAfter(now) ? ArticleState.SCHEDULED : ArticleState.PUBLISHED;
    }

    public boolean isPublished() {
        return published;
    }

    public long getViewCount() {
        return viewCount;
    }

    public long getHeartCount() {
        return heartCount;
    }

    public Set<Source> getSources() {
        return sources;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public void setBodyMarkdown(String bodyMarkdown) {
        this.bodyMarkdown = bodyMarkdown;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public void setSources(Set<Source> sources) {
        this.sources = sources;
    }
}

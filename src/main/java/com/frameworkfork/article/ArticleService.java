package com.frameworkfork.article;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.content.PerContentVersion;
import com.frameworkfork.source.SourceView;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles readers see. An article is public when it is published and its publication time has
 * come by the site's clock, decided on every query, so a scheduled article appears at its time on
 * every instance and nothing has to run then.
 */
@Service
public class ArticleService {

    private static final int RELATED_LIMIT = 3;
    /** More than the site has articles; the least read go first. */
    private static final int CONTENTS_KEPT = 1000;

    private final ArticleRepository articles;
    private final CategoryRepository categories;
    private final DeletedArticleRepository deleted;
    private final HeartRecorder heartRecorder;
    private final ObjectProvider<ArticleAttachment> attachments;
    private final ViewCounter viewCounter;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ContentVersion version;
    /**
     * Every list, feed and article page places articles among the public ones, so the released articles
     * are read once per content version. Which of them are public is decided on each call, by the clock:
     * a scheduled article turns public at its time without a save.
     */
    private final PerContentVersion<List<ArticleSummary>> released;
    /** Each article's page content, with what it was made for; replaced when either has moved on. */
    private final Cache<String, KeptContent> contents = Caffeine.newBuilder().maximumSize(CONTENTS_KEPT).build();

    private record KeptContent(long version, int publicArticles, ArticleContent content) {
    }

    ArticleService(ArticleRepository articles, CategoryRepository categories, DeletedArticleRepository deleted,
                   HeartRecorder heartRecorder, ObjectProvider<ArticleAttachment> attachments, ViewCounter viewCounter,
                   ApplicationEventPublisher events, Clock clock, ContentVersion version,
                   PlatformTransactionManager transactions) {
        this.articles = articles;
        this.categories = categories;
        this.deleted = deleted;
        this.heartRecorder = heartRecorder;
        this.attachments = attachments;
        this.viewCounter = viewCounter;
        this.events = events;
        this.clock = clock;
        this.version = version;
        this.released = new PerContentVersion<>(version, transactions,
                () -> articles.findReleasedNewestFirst().stream().map(ArticleSummary::of).toList());
    }

    /** Served from what is kept, with no transaction of its own; reading the list when it is not kept opens one. */
    public List<ArticleSummary> newest(int limit) {
        return published().stream().limit(limit).toList();
    }

    public List<ArticleSummary> published() {
        return published(version.current());
    }

    private List<ArticleSummary> published(long contentVersion) {
        LocalDateTime now = now();
        return released.at(contentVersion).stream().filter(a -> !a.publishedAt().isAfter(now)).toList();
    }

    @Transactional(readOnly = true)
    public ArticleListing list(String categorySlug) {
        List<Category> all = categories.findAllByOrderByPositionAsc();
        Category selected = null;
        if (categorySlug != null && !categorySlug.isBlank()) {
            selected = all.stream().filter(c -> c.getSlug().equals(categorySlug)).findFirst()
                    .orElseThrow(() -> new ArticleNotFoundException(categorySlug));
        }
        String wanted = selected == null ? null : selected.getSlug();
        List<ArticleSummary> shown = published().stream()
                .filter(a -> wanted == null || a.categorySlug().equals(wanted))
                .toList();
        return new ArticleListing(all, selected, shown);
    }

    /** Counts one more read of a page that was served without running {@link #read}. */
    void countView(String slug) {
        viewCounter.count(slug);
    }

    /**
     * Loads a public article; counts the read first when {@code countView} is set, so the page includes it.
     *
     * @throws ArticleGoneException when the article was deleted
     */
    @Transactional(readOnly = true)
    public ArticlePage read(String slug, boolean countView) {
        long contentVersion = version.current();
        List<ArticleSummary> published = published(contentVersion);
        ArticleContent content;
        if (indexOf(published, slug) >= 0) {
            content = content(slug, contentVersion, published);
        } else {
            // Published on another instance since this one last read the content version: read as it
            // stands, not kept, for the second until this instance reads the new version.
            Article article = articles.findPublicBySlug(slug, now()).orElseThrow(() -> missing(slug));
            content = placed(article, published);
        }
        if (countView) {
            viewCounter.count(slug);
        }
        ArticleCounts stored = articles.findCounts(content.id());
        ArticleCounts counts = new ArticleCounts(stored.views() + viewCounter.pending(slug), stored.hearts());
        return new ArticlePage(content, counts, attached(content.id()));
    }

    /**
     * The same object for every reader until a save or a scheduled article turning public (which moves
     * the neighbours), so the page keeps the HTML made from it.
     */
    private ArticleContent content(String slug, long contentVersion, List<ArticleSummary> published) {
        KeptContent kept = contents.getIfPresent(slug);
        if (kept == null || kept.version() != contentVersion || kept.publicArticles() != published.size()) {
            Article article = articles.findReleasedBySlug(slug).orElseThrow(() -> missing(slug));
            kept = new KeptContent(contentVersion, published.size(), placed(article, published));
            contents.put(slug, kept);
        }
        return kept.content();
    }

    /** Every article with its id, for features whose content links to articles by id. */
    @Transactional(readOnly = true)
    public List<ArticleLink> links() {
        return articles.findLinks();
    }

    /**
     * The page of an article as readers will see it once it is public, among the public articles around
     * its publication time. For previews: nothing is counted, and {@code id} is null for a new article.
     */
    @Transactional(readOnly = true)
    ArticlePage preview(Long id, ArticleSummary summary, String bodyHtml, List<SourceView> sources) {
        ArticleCounts counts = id == null ? new ArticleCounts(0, 0) : articles.findCounts(id);
        Map<String, Object> attached = id == null ? Map.of() : attached(id);
        return new ArticlePage(placed(id, summary, bodyHtml, sources, published()), counts, attached);
    }

    /** The id of a public article, for features that attach something to it. */
    @Transactional(readOnly = true)
    public long publishedId(String slug) {
        return articles.findPublicIdBySlug(slug, now()).orElseThrow(() -> missing(slug));
    }

    /** The title of a public article, for features that name it. */
    @Transactional(readOnly = true)
    public Optional<String> publicTitle(String slug) {
        return articles.findPublicTitleBySlug(slug, now());
    }

    /**
     * Adds the visitor's heart to a public article.
     *
     * @return true when this visitor had not hearted the article before
     */
    public boolean heart(String slug, String visitorId) {
        long id = publishedId(slug);
        try {
            boolean added = heartRecorder.record(id, visitorId);
            if (added) {
                events.publishEvent(new ArticleHearted(slug));
            }
            return added;
        } catch (DataIntegrityViolationException concurrentDuplicate) {
            return false;
        }
    }

    /** Now by the site's clock, in UTC as publication times are stored. */
    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private RuntimeException missing(String slug) {
        return deleted.findById(slug).<RuntimeException>map(ArticleGoneException::new)
                .orElseGet(() -> new ArticleNotFoundException(slug));
    }

    /**
     * Finds the article's neighbours among the public articles, newest first. An article not public yet
     * (a preview) goes in by its publication time, ahead of others of the same time as the newest would.
     */
    private ArticleContent placed(Long id, ArticleSummary summary, String bodyHtml, List<SourceView> sources,
                                  List<ArticleSummary> published) {
        List<ArticleSummary> all = new ArrayList<>(published);
        int index = indexOf(all, summary.slug());
        if (index >= 0) {
            all.set(index, summary);
        } else {
            index = 0;
            while (index < all.size() && all.get(index).publishedAt().isAfter(summary.publishedAt())) {
                index++;
            }
            all.add(index, summary);
        }
        ArticleSummary newer = index > 0 ? all.get(index - 1) : null;
        ArticleSummary older = index < all.size() - 1 ? all.get(index + 1) : null;
        List<ArticleSummary> related = all.stream()
                .filter(a -> !a.slug().equals(summary.slug()) && a.categorySlug().equals(summary.categorySlug()))
                .limit(RELATED_LIMIT)
                .toList();
        return new ArticleContent(id == null ? 0 : id, summary, bodyHtml, sources, older, newer, related);
    }

    private ArticleContent placed(Article article, List<ArticleSummary> published) {
        return placed(article.getId(), ArticleSummary.of(article), article.getBodyHtml(),
                article.getSources().stream().map(SourceView::of).toList(), published);
    }

    private Map<String, Object> attached(long id) {
        Map<String, Object> attached = new LinkedHashMap<>();
        attachments.orderedStream().forEach(a -> attached.put(a.name(), a.loadFor(id)));
        return attached;
    }

    private static int indexOf(List<ArticleSummary> all, String slug) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).slug().equals(slug)) {
                return i;
            }
        }
        return -1;
    }
}

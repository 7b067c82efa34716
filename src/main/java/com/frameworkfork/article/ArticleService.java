package com.frameworkfork.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.source.SourceView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ArticleService {

    private static final int RELATED_LIMIT = 3;

    private final ArticleRepository articles;
    private final CategoryRepository categories;
    private final HeartRecorder heartRecorder;
    private final ObjectProvider<ArticleAttachment> attachments;
    private final ViewCounter viewCounter;
    private final ApplicationEventPublisher events;

    ArticleService(ArticleRepository articles, CategoryRepository categories, HeartRecorder heartRecorder,
                   ObjectProvider<ArticleAttachment> attachments, ViewCounter viewCounter,
                   ApplicationEventPublisher events) {
        this.articles = articles;
        this.categories = categories;
        this.heartRecorder = heartRecorder;
        this.attachments = attachments;
        this.viewCounter = viewCounter;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ArticleSummary> newest(int limit) {
        return articles.findPublishedNewestFirst().stream().limit(limit).map(ArticleSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public List<ArticleSummary> published() {
        return articles.findPublishedNewestFirst().stream().map(ArticleSummary::of).toList();
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
        List<ArticleSummary> shown = articles.findPublishedNewestFirst().stream()
                .filter(a -> wanted == null || a.getCategory().getSlug().equals(wanted))
                .map(ArticleSummary::of)
                .toList();
        return new ArticleListing(all, selected, shown);
    }

    /** Counts one more read of a page that was served without running {@link #read}. */
    void countView(String slug) {
        viewCounter.count(slug);
    }

    /** Loads a published article; counts the read first when {@code countView} is set, so the page includes it. */
    @Transactional
    public ArticlePage read(String slug, boolean countView) {
        Article article = articles.findBySlugAndPublishedTrue(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
        if (countView) {
            viewCounter.count(slug);
        }
        ArticleCounts stored = articles.findCounts(article.getId());
        ArticleCounts counts = new ArticleCounts(stored.views() + viewCounter.pending(slug), stored.hearts());
        List<ArticleSummary> all = articles.findPublishedNewestFirst().stream().map(ArticleSummary::of).toList();
        int index = indexOf(all, slug);
        ArticleSummary newer = index > 0 ? all.get(index - 1) : null;
        ArticleSummary older = index >= 0 && index < all.size() - 1 ? all.get(index + 1) : null;
        List<ArticleSummary> related = all.stream()
                .filter(a -> !a.slug().equals(slug) && a.categorySlug().equals(article.getCategory().getSlug()))
                .limit(RELATED_LIMIT)
                .toList();
        Map<String, Object> attached = new LinkedHashMap<>();
        attachments.orderedStream().forEach(a -> attached.put(a.name(), a.loadFor(article.getId())));
        return new ArticlePage(article.getId(), ArticleSummary.of(article), article.getBodyHtml(), counts,
                article.getSources().stream().map(SourceView::of).toList(), older, newer, related, attached);
    }

    /** Every article with its id, for features whose content links to articles by id. */
    @Transactional(readOnly = true)
    public List<ArticleLink> links() {
        return articles.findLinks();
    }

    /** The id of a published article, for features that attach something to it. */
    @Transactional(readOnly = true)
    public long publishedId(String slug) {
        return articles.findIdBySlugAndPublishedTrue(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
    }

    /**
     * Adds the visitor's heart to a published article.
     *
     * @return true when this visitor had not hearted the article before
     */
    public boolean heart(String slug, String visitorId) {
        Article article = articles.findBySlugAndPublishedTrue(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
        try {
            boolean added = heartRecorder.record(article.getId(), visitorId);
            if (added) {
                events.publishEvent(new ArticleHearted(slug));
            }
            return added;
        } catch (DataIntegrityViolationException concurrentDuplicate) {
            return false;
        }
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

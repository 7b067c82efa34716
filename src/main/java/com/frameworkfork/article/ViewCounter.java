package com.frameworkfork.article;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts article views in memory and adds them to the database in one UPDATE per article every
 * {@code site.views.flush-interval}, so a busy page costs no database write per reader. The
 * additions are relative ({@code view_count = view_count + n}), so several instances sharing one
 * database never overwrite each other, and the last views are written when the site shuts down.
 */
@Component
public class ViewCounter {

    private final Map<Long, AtomicLong> pending = new ConcurrentHashMap<>();
    private final ArticleRepository articles;
    private final TransactionTemplate transaction;

    ViewCounter(ArticleRepository articles, PlatformTransactionManager transactionManager) {
        this.articles = articles;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    void count(long articleId) {
        pending.computeIfAbsent(articleId, id -> new AtomicLong()).incrementAndGet();
    }

    /** Views counted here and not yet in the database. */
    long pending(long articleId) {
        AtomicLong views = pending.get(articleId);
        return views == null ? 0 : views.get();
    }

    long pendingTotal() {
        return pending.values().stream().mapToLong(AtomicLong::get).sum();
    }

    @Scheduled(fixedDelayString = "${site.views.flush-interval:1s}")
    @PreDestroy
    public void flush() {
        pending.forEach((articleId, views) -> {
            long n = views.getAndSet(0);
            if (n > 0) {
                try {
                    transaction.executeWithoutResult(status -> articles.addViews(articleId, n));
                } catch (RuntimeException e) {
                    views.addAndGet(n);
                    throw e;
                }
            }
        });
    }
}

package com.frameworkfork.article;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts article views in memory, keyed by slug, and adds them to the database in one UPDATE per
 * article every {@code site.views.flush-interval}, so a busy page costs no database write per reader.
 * The additions are relative ({@code view_count = view_count + n}), so several instances sharing one
 * database never overwrite each other, and the last views are written when the site shuts down.
 * The same transaction adds them to the day they are written on (UTC), for the views per day; views
 * counted in the last second before midnight may so fall on the next day.
 */
@Component
class ViewCounter implements SchedulingConfigurer {

    private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();
    private final ArticleRepository articles;
    private final TransactionTemplate transaction;
    private final ViewProperties settings;
    private final Clock clock;

    ViewCounter(ArticleRepository articles, PlatformTransactionManager transactionManager, ViewProperties settings,
                Clock clock) {
        this.articles = articles;
        this.transaction = new TransactionTemplate(transactionManager);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::flush, settings.flushInterval());
    }

    void count(String slug) {
        pending.computeIfAbsent(slug, s -> new AtomicLong()).incrementAndGet();
    }

    /** Views counted here and not yet in the database. */
    long pending(String slug) {
        AtomicLong views = pending.get(slug);
        return views == null ? 0 : views.get();
    }

    /**
     * One flush at a time, so that when one returns every view counted before it is stored, even those
     * a scheduled flush had already taken: the flush at shutdown must not leave them to a scheduler
     * that is being stopped.
     */
    @PreDestroy
    synchronized void flush() {
        if (pending.values().stream().allMatch(views -> views.get() == 0)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        createDayRow(today);
        pending.forEach((slug, views) -> {
            long n = views.getAndSet(0);
            if (n > 0) {
                try {
                    transaction.executeWithoutResult(status -> {
                        if (articles.addViews(slug, n) > 0) {
                            articles.addViewsOn(today, n);
                        }
                    });
                } catch (RuntimeException e) {
                    views.addAndGet(n);
                    throw e;
                }
            }
        });
    }

    /**
     * In a transaction of its own, so that when another instance creates the same row at the same
     * moment only this statement fails, and the views are then added to that instance's row.
     */
    private void createDayRow(LocalDate day) {
        try {
            transaction.executeWithoutResult(status -> articles.insertViewDay(day));
        } catch (DataIntegrityViolationException createdByAnotherInstance) {
            // The row exists, which is all this wanted.
        }
    }
}

package com.frameworkfork.web.maintenance;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether the site is under maintenance. The switch lives in the database so that every instance
 * sees it; each instance re-reads it at most every {@code site.maintenance.refresh-interval}, which
 * keeps the banner check off the database on busy pages while instances still agree within seconds.
 */
@Service
public class MaintenanceMode implements SmartInitializingSingleton {

    static final String SETTING = "maintenance.enabled";

    private static final Logger log = LoggerFactory.getLogger(MaintenanceMode.class);

    private final JdbcTemplate jdbc;
    private final SiteSettingRepository siteSettings;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final MaintenanceProperties settings;
    /**
     * The switch as last read. Once older than the refresh interval it is read again in the caller's
     * thread; a read that fails (the database is down, and an error page must still render) keeps the
     * last known state.
     */
    private final LoadingCache<String, Boolean> state;

    MaintenanceMode(JdbcTemplate jdbc, SiteSettingRepository siteSettings, PlatformTransactionManager transactions,
                    ApplicationEventPublisher events, MaintenanceProperties settings) {
        this.jdbc = jdbc;
        this.siteSettings = siteSettings;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.settings = settings;
        this.state = Caffeine.newBuilder()
                .refreshAfterWrite(settings.refreshInterval())
                .executor(Runnable::run)
                .build(new CacheLoader<>() {
                    @Override
                    public Boolean load(String setting) {
                        return read();
                    }

                    @Override
                    public Boolean reload(String setting, Boolean before) {
                        boolean now = read();
                        if (now != before) {
                            events.publishEvent(new MaintenanceSwitched(now));
                        }
                        return now;
                    }
                });
    }

    /** Applies {@code site.maintenance.enabled=true} before the server accepts requests. */
    @Override
    public void afterSingletonsInstantiated() {
        if (settings.enabled()) {
            switchTo(true);
            log.info("Maintenance mode switched on at start-up (site.maintenance.enabled=true).");
        }
    }

    public boolean isEnabled() {
        try {
            return state.get(SETTING);
        } catch (RuntimeException unreadable) {
            log.warn("Could not read the maintenance setting; assuming it is off: {}", unreadable.getMessage());
            return false;
        }
    }

    /** Written through the entity, so the switch has a history of who turned it and when. */
    public void switchTo(boolean on) {
        transaction.executeWithoutResult(status ->
                siteSettings.findById(SETTING).orElseThrow().change(Boolean.toString(on)));
        Boolean before = state.getIfPresent(SETTING);
        state.put(SETTING, on);
        if (before == null || before != on) {
            events.publishEvent(new MaintenanceSwitched(on));
        }
    }

    private boolean read() {
        return Boolean.parseBoolean(jdbc.queryForObject(
                "SELECT setting_value FROM site_setting WHERE setting_name = ?", String.class, SETTING));
    }
}

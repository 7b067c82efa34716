package com.frameworkfork.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

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
    private final PageCache pageCache;
    private final boolean enabledAtStartup;
    private final long refreshNanos;

    private volatile boolean enabled;
    private volatile long readAtNanos;
    private volatile boolean everRead;

    public MaintenanceMode(JdbcTemplate jdbc, PageCache pageCache, MaintenanceProperties settings) {
        this.jdbc = jdbc;
        this.pageCache = pageCache;
        this.enabledAtStartup = settings.enabled();
        this.refreshNanos = settings.refreshInterval().toNanos();
    }

    /** Applies {@code site.maintenance.enabled=true} before the server accepts requests. */
    @Override
    public void afterSingletonsInstantiated() {
        if (enabledAtStartup) {
            switchTo(true);
            log.info("Maintenance mode switched on at start-up (site.maintenance.enabled=true).");
        }
    }

    public boolean isEnabled() {
        long now = System.nanoTime();
        if (everRead && now - readAtNanos < refreshNanos) {
            return enabled;
        }
        try {
            String stored = jdbc.queryForObject("SELECT setting_value FROM site_setting WHERE setting_name = ?",
                    String.class, SETTING);
            remember(Boolean.parseBoolean(stored), now);
        } catch (DataAccessException unreadable) {
            // An error page must still render when the database is down: keep the last known state.
            log.warn("Could not read the maintenance setting; keeping the last known state: {}", unreadable.getMessage());
        }
        return enabled;
    }

    public void switchTo(boolean on) {
        jdbc.update("UPDATE site_setting SET setting_value = ? WHERE setting_name = ?", Boolean.toString(on), SETTING);
        remember(on, System.nanoTime());
    }

    private void remember(boolean value, long now) {
        if (everRead && value != enabled) {
            // Kept pages carry the banner, or lack it, as they were rendered.
            pageCache.evictAll();
        }
        enabled = value;
        readAtNanos = now;
        everRead = true;
    }
}

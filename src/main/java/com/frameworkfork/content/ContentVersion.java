package com.frameworkfork.content;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number every content save raises, shared by all instances through the database. What a feature
 * assembles from content (the comparison's tables, the questionnaire) is kept under the version it was
 * assembled from; each instance reads the number at most every second, so a save on one instance shows
 * on every other within about a second, plus the page cache's second.
 */
@Service
public class ContentVersion {

    static final Duration REREAD_AFTER = Duration.ofSeconds(1);
    private static final String SETTING = "content.version";

    private final JdbcTemplate jdbc;
    private final LoadingCache<String, Long> read;

    ContentVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // Re-read in the background, the kept number answering meanwhile: a request that holds a pool
        // connection and asks for the version never waits for another connection, which with every one
        // held that way would stall them all until the pool gave up.
        this.read = Caffeine.newBuilder()
                .refreshAfterWrite(REREAD_AFTER)
                .build(setting -> Long.parseLong(jdbc.queryForObject(
                        "SELECT setting_value FROM site_setting WHERE setting_name = ?", String.class, setting)));
    }

    public long current() {
        return read.get(SETTING);
    }

    /** Called in the transaction that changes content; this instance sees the new number once it commits. */
    public void bump() {
        long next = Long.parseLong(jdbc.queryForObject(
                "SELECT setting_value FROM site_setting WHERE setting_name = ? FOR UPDATE", String.class, SETTING)) + 1;
        jdbc.update("UPDATE site_setting SET setting_value = ? WHERE setting_name = ?", Long.toString(next), SETTING);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    read.put(SETTING, next);
                }
            });
        } else {
            read.put(SETTING, next);
        }
    }
}

package com.frameworkfork.content;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the importer last wrote of each shipped record, and the shipped updates it held back. */
@Repository
class ContentRevisions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ContentRevisions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Serialises importers: two instances starting together must not import at once. */
    void lock() {
        jdbc.queryForList("SELECT setting_value FROM site_setting WHERE setting_name = 'content.version' FOR UPDATE");
    }

    boolean none() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM content_revision", Integer.class);
        return count == null || count == 0;
    }

    /** Shipped hash by key, for one kind. */
    Map<String, String> of(String kind) {
        Map<String, String> hashes = new HashMap<>();
        jdbc.query("SELECT content_key, shipped_hash FROM content_revision WHERE kind = ?",
                row -> {
                    hashes.put(row.getString(1), row.getString(2));
                }, kind);
        return hashes;
    }

    void remember(String kind, String key, String shippedHash) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (jdbc.update("UPDATE content_revision SET shipped_hash = ?, imported_at = ? WHERE kind = ? AND content_key = ?",
                shippedHash, now, kind, key) == 0) {
            jdbc.update("INSERT INTO content_revision (kind, content_key, shipped_hash, imported_at) VALUES (?, ?, ?, ?)",
                    kind, key, shippedHash, now);
        }
    }

    void forget(String kind, String key) {
        jdbc.update("DELETE FROM content_revision WHERE kind = ? AND content_key = ?", kind, key);
    }

    /** Records a held-back shipped update, replacing an older one for the same record. */
    void holdBack(String kind, String key, String shippedHash, String shippedJson, String currentJson) {
        jdbc.update("DELETE FROM content_conflict WHERE kind = ? AND content_key = ?", kind, key);
        jdbc.update("INSERT INTO content_conflict (kind, content_key, shipped_hash, shipped_version, current_version, "
                + "detected_at) VALUES (?, ?, ?, ?, ?, ?)", kind, key, shippedHash, shippedJson, currentJson,
                LocalDateTime.now(clock));
    }

    String heldBackHash(String kind, String key) {
        List<String> hashes = jdbc.queryForList("SELECT shipped_hash FROM content_conflict WHERE kind = ? AND content_key = ?",
                String.class, kind, key);
        return hashes.isEmpty() ? null : hashes.get(0);
    }

    void release(String kind, String key) {
        jdbc.update("DELETE FROM content_conflict WHERE kind = ? AND content_key = ?", kind, key);
    }

    List<HeldBackUpdate> heldBack() {
        return jdbc.query("SELECT id, kind, content_key, shipped_hash, shipped_version, current_version, detected_at "
                        + "FROM content_conflict ORDER BY detected_at, id",
                (row, n) -> new HeldBackUpdate(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getTimestamp(7).toLocalDateTime()));
    }

    HeldBackUpdate heldBack(long id) {
        return jdbc.query("SELECT id, kind, content_key, shipped_hash, shipped_version, current_version, detected_at "
                        + "FROM content_conflict WHERE id = ?",
                (row, n) -> new HeldBackUpdate(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getTimestamp(7).toLocalDateTime()), id)
                .stream().findFirst().orElse(null);
    }

    record HeldBackUpdate(long id, String kind, String key, String shippedHash, String shippedJson, String currentJson,
                          LocalDateTime detectedAt) {
    }
}

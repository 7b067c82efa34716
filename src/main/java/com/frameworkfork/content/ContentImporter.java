package com.frameworkfork.content;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import com.frameworkfork.web.history.HistoryActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the database up to the shipped content files at start-up, in one transaction, before the
 * site serves a page. A record is written when it is new, or when the database still holds what the
 * importer wrote last time; a record an editor has changed since is left alone and its shipped update
 * is held back for the editor to take or refuse. A second start with the same files changes nothing.
 */
@Service
public class ContentImporter implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ContentImporter.class);

    /** Who the history names for what the import at start-up changes. */
    static final String SHIPPED_CONTENT = "shipped content";

    private final List<ContentKind> kinds;
    private final List<ContentKind> kindsChildrenFirst;
    private final ContentRevisions revisions;
    private final ContentVersion version;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ContentProperties settings;
    private final EntityManager db;

    ContentImporter(List<ContentKind> kinds, ContentRevisions revisions, ContentVersion version,
                    ApplicationEventPublisher events, PlatformTransactionManager transactions,
                    ContentProperties settings, EntityManager db) {
        this.settings = settings;
        this.db = db;
        this.kinds = kinds.stream().sorted(Comparator.comparingInt(ContentKind::order)).toList();
        this.kindsChildrenFirst = kinds.stream().sorted(Comparator.comparingInt(ContentKind::order).reversed()).toList();
        this.revisions = revisions;
        this.version = version;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        // Always a transaction of its own: the import lets go of the entities it has written, and those
        // must never be a caller's.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!settings.importOnStart()) {
            log.warn("The shipped content files were not imported (site.content.import-on-start=false).");
            return;
        }
        long started = System.nanoTime();
        Report report = HistoryActor.unattended(SHIPPED_CONTENT, () -> importFiles(ContentFiles.shipped()));
        log.info("Content files imported in {} ms: {}", Duration.ofNanos(System.nanoTime() - started).toMillis(), report);
    }

    /** Imports these files; the shipped ones at start-up, or an export in tests of the round trip. */
    public Report importFiles(ContentFiles files) {
        return transaction.execute(status -> {
            // Each record is flushed and let go once it is written, so a query never needs to flush
            // first and a flush looks at one record's entities. Left to flush before every query, the
            // import checked everything it had read and written for changes on each lookup.
            db.setFlushMode(FlushModeType.COMMIT);
            revisions.lock();
            boolean firstImport = revisions.none();
            // Every file is read and checked before anything is written.
            Map<ContentKind, Map<String, Map<String, Object>>> shipped = new LinkedHashMap<>();
            for (ContentKind kind : kinds) {
                shipped.put(kind, kind.shipped(files));
            }
            Report report = new Report();
            for (ContentKind kind : kinds) {
                write(kind, shipped.get(kind), firstImport, report);
            }
            for (ContentKind kind : kindsChildrenFirst) {
                removeUnshipped(kind, shipped.get(kind).keySet(), firstImport, report);
            }
            if (report.changed()) {
                version.bump();
                events.publishEvent(new ContentImported());
            }
            return report;
        });
    }

    private void write(ContentKind kind, Map<String, Map<String, Object>> records, boolean firstImport, Report report) {
        Map<String, String> written = revisions.of(kind.name());
        Map<String, Map<String, Object>> current = kind.current();
        for (Map.Entry<String, Map<String, Object>> record : records.entrySet()) {
            String key = record.getKey();
            String shippedHash = ContentRecords.hash(record.getValue());
            String lastWritten = written.get(key);
            Map<String, Object> now = current.get(key);
            String nowHash = now == null ? null : ContentRecords.hash(now);
            if (shippedHash.equals(lastWritten)) {
                report.unchanged++;
                continue;
            }
            if (shippedHash.equals(nowHash)) {
                // The files already say what the database holds, as when an export of editors' work
                // comes back with a release: there is nothing to write and nothing to choose.
                revisions.remember(kind.name(), key, shippedHash);
                revisions.release(kind.name(), key);
                report.unchanged++;
                continue;
            }
            boolean untouched = now == null
                    ? lastWritten == null
                    : lastWritten == null
                            ? firstImport && kind.untouchedSinceSeeding(key, now)
                            : lastWritten.equals(nowHash);
            if (untouched) {
                kind.write(key, record.getValue());
                written();
                revisions.remember(kind.name(), key, shippedHash);
                revisions.release(kind.name(), key);
                report.written++;
            } else if (!shippedHash.equals(revisions.heldBackHash(kind.name(), key))) {
                revisions.holdBack(kind.name(), key, shippedHash, ContentRecords.json(record.getValue()),
                        now == null ? null : ContentRecords.json(now));
                report.heldBack++;
            }
        }
    }

    private void written() {
        db.flush();
        db.clear();
    }

    /**
     * Drops records the files no longer ship, if nobody has changed them since they were written. On
     * the first import, records the old seeding migrations left and the files do not ship go too.
     */
    private void removeUnshipped(ContentKind kind, Set<String> shippedKeys, boolean firstImport, Report report) {
        Map<String, String> written = revisions.of(kind.name());
        Set<String> candidates = new HashSet<>(written.keySet());
        Map<String, Map<String, Object>> current = kind.current();
        if (firstImport) {
            candidates.addAll(current.keySet());
        }
        candidates.removeAll(shippedKeys);
        for (String key : candidates) {
            Map<String, Object> now = current.get(key);
            String lastWritten = written.get(key);
            if (now == null) {
                revisions.forget(kind.name(), key);
                continue;
            }
            boolean untouched = lastWritten == null ? kind.untouchedSinceSeeding(key, now)
                    : lastWritten.equals(ContentRecords.hash(now));
            if (untouched && kind.remove(key)) {
                written();
                revisions.forget(kind.name(), key);
                report.removed++;
            } else if (lastWritten != null && !Objects.equals(revisions.heldBackHash(kind.name(), key), "removed")) {
                revisions.holdBack(kind.name(), key, "removed", "null", ContentRecords.json(now));
                report.heldBack++;
            }
        }
    }

    /** What an import did. */
    public static final class Report {

        private int written;
        private int removed;
        private int unchanged;
        private int heldBack;

        public int written() {
            return written;
        }

        public int removed() {
            return removed;
        }

        public int unchanged() {
            return unchanged;
        }

        public int heldBack() {
            return heldBack;
        }

        boolean changed() {
            return written + removed > 0;
        }

        @Override
        public String toString() {
            return written + " written, " + removed + " removed, " + unchanged + " unchanged, " + heldBack
                    + " held back because an editor changed them";
        }
    }
}

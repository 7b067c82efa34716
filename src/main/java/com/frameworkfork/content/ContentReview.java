package com.frameworkfork.content;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipped updates the importer held back because an editor had changed the record: both versions
 * side by side, and the editor's choice of one. Either choice settles that shipped version, so the
 * importer does not offer it again; a later shipped version is offered anew.
 */
@Service
public class ContentReview {

    private final Map<String, ContentKind> kinds;
    private final ContentRevisions revisions;
    private final ContentVersion version;
    private final ApplicationEventPublisher events;

    ContentReview(List<ContentKind> kinds, ContentRevisions revisions, ContentVersion version,
                  ApplicationEventPublisher events) {
        this.kinds = kinds.stream().collect(Collectors.toMap(ContentKind::name, Function.identity()));
        this.revisions = revisions;
        this.version = version;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<HeldBack> heldBack() {
        return revisions.heldBack().stream().map(this::view).toList();
    }

    /** Replaces the editor's version with the shipped one (or removes the record, if that is what shipped). */
    @Transactional
    public void takeShipped(long id) {
        ContentRevisions.HeldBackUpdate update = load(id);
        ContentKind kind = kinds.get(update.kind());
        Map<String, Object> shipped = ContentRecords.parse(update.shippedJson());
        if (shipped == null) {
            if (!kind.remove(update.key())) {
                throw new ContentStillUsedException(update.key());
            }
            revisions.forget(update.kind(), update.key());
        } else {
            kind.write(update.key(), shipped);
            revisions.remember(update.kind(), update.key(), update.shippedHash());
        }
        revisions.release(update.kind(), update.key());
        version.bump();
        events.publishEvent(new ContentImported());
    }

    /** Keeps the editor's version; the importer will not offer this shipped version again. */
    @Transactional
    public void keepCurrent(long id) {
        ContentRevisions.HeldBackUpdate update = load(id);
        revisions.remember(update.kind(), update.key(), update.shippedHash());
        revisions.release(update.kind(), update.key());
    }

    private ContentRevisions.HeldBackUpdate load(long id) {
        ContentRevisions.HeldBackUpdate update = revisions.heldBack(id);
        if (update == null) {
            throw new HeldBackUpdateNotFoundException(id);
        }
        return update;
    }

    private HeldBack view(ContentRevisions.HeldBackUpdate update) {
        ContentKind kind = kinds.get(update.kind());
        Map<String, Object> shipped = ContentRecords.parse(update.shippedJson());
        Map<String, Object> current = ContentRecords.parse(update.currentJson());
        Map<String, Object> either = shipped != null ? shipped : current;
        String description = kind == null || either == null ? update.key() : kind.describe(update.key(), either);
        return new HeldBack(update.id(), update.kind(), update.key(), description, ContentRecords.readable(shipped),
                ContentRecords.readable(current), shipped == null, current == null, update.detectedAt());
    }

    /**
     * @param removedInShipment the shipped content no longer has this record
     * @param deletedByEditor   an editor deleted the record the shipped content still has
     */
    public record HeldBack(long id, String kind, String key, String description, String shipped, String current,
                           boolean removedInShipment, boolean deletedByEditor, LocalDateTime detectedAt) {
    }
}

package com.frameworkfork.web.history;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Reads the history Envers keeps: recent actions across the site, every version of one object with
 * what changed field by field, and restoring an older version through its feature's own save path.
 * Each person reads only the kinds of content their role may.
 */
@Service
public class HistoryService {

    static final int PAGE_SIZE = 25;
    /** A field longer than this, or with more than one line, is shown as changed lines. */
    static final int SHORT_TEXT = 160;
    /** How much of a long text a newly created object's history shows. */
    static final int OPENING = 280;

    /** How the list of recent actions can be ordered, by the name in its address. */
    static final Map<String, Sort> ORDERS = Map.of(
            "newest", Sort.by(Sort.Order.desc("revision.id"), Sort.Order.asc("id")),
            "oldest", Sort.by(Sort.Order.asc("revision.id"), Sort.Order.asc("id")),
            "person", Sort.by(Sort.Order.asc("revision.actor"), Sort.Order.desc("revision.id")),
            "object", Sort.by(Sort.Order.asc("label"), Sort.Order.desc("revision.id")));

    private final HistorySubjects subjects;
    private final HistoryChangeRepository changes;
    private final Map<Class<?>, List<Field>> fields = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager entityManager;

    HistoryService(HistorySubjects subjects, HistoryChangeRepository changes) {
        this.subjects = subjects;
        this.changes = changes;
    }

    /** The latest actions on what the signed-in person may read, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> latest(int count) {
        return search("", "", "", "newest", 0, count).getContent();
    }

    @Transactional(readOnly = true)
    Page<HistoryEntry> search(String actor, String kind, String text, String order, int page) {
        return search(actor, kind, text, order, page, PAGE_SIZE);
    }

    private Page<HistoryEntry> search(String actor, String kind, String text, String order, int page, int size) {
        Map<String, HistorySubject<?>> readable = readableByKind();
        Collection<String> kinds = kind.isEmpty() ? readable.keySet()
                : readable.containsKey(kind) ? List.of(kind) : List.of();
        if (kinds.isEmpty()) {
            return Page.empty(PageRequest.of(0, size));
        }
        String like = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        Sort sort = ORDERS.getOrDefault(order, ORDERS.get("newest"));
        // A page number past what an int offset can hold would fail deep in the query; clamp it to an empty page.
        int shown = Math.max(0, Math.min(page, Integer.MAX_VALUE / size - 1));
        return changes.search(kinds, actor, like, PageRequest.of(shown, size, sort))
                .map(change -> entry(change, readable.get(change.getKind())));
    }

    @Transactional(readOnly = true)
    List<String> actors() {
        Set<String> kinds = readableByKind().keySet();
        return kinds.isEmpty() ? List.of() : changes.actors(kinds);
    }

    List<HistoryViews.KindOption> kinds() {
        return subjects.readable().stream().map(s -> new HistoryViews.KindOption(s.kind(), s.label())).toList();
    }

    /** Every version of one object, newest first, each with what changed from the one before it. */
    @Transactional(readOnly = true)
    HistoryViews.ObjectHistory objectHistory(String kind, String idText) {
        HistorySubject<?> subject = readable(kind);
        Object id = id(subject, idText);
        List<Object[]> rows = versions(subject, id);
        if (rows.isEmpty()) {
            throw new HistoryNotFoundException(kind, idText);
        }
        List<HistoryViews.Version> versions = new ArrayList<>();
        Map<String, String> before = null;
        for (Object[] row : rows) {
            HistoryRevision revision = (HistoryRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            Map<String, String> values = values(subject, row[0]);
            List<HistoryViews.FieldChange> fieldChanges = type == RevisionType.DEL ? List.of()
                    : differences(subject, before, values);
            versions.add(new HistoryViews.Version(revision.getId(), Instant.ofEpochMilli(revision.getChangedAt()),
                    revision.getActor(), revision.isByPerson(), action(type, revision), revision.getRestoredFrom(),
                    fieldChanges, subject.restorable() && type != RevisionType.DEL));
            before = type == RevisionType.DEL ? null : values;
        }
        Object current = entityManager.find(subject.type(), id);
        Object[] last = rows.get(rows.size() - 1);
        Collections.reverse(versions);
        return new HistoryViews.ObjectHistory(subject.kind(), subject.label(), idText,
                subject.name(current != null ? current : last[0]),
                current == null ? null : subject.editLink(id).orElse(null), versions);
    }

    /** What restoring this version would change, from the object as it is now. */
    @Transactional(readOnly = true)
    HistoryViews.RestorePreview restorePreview(String kind, String idText, long revision) {
        HistorySubject<?> subject = restorable(kind);
        Object id = id(subject, idText);
        Object current = current(subject, id, idText);
        Object[] version = version(subject, id, revision, idText);
        HistoryRevision recorded = (HistoryRevision) version[1];
        return new HistoryViews.RestorePreview(subject.kind(), subject.label(), idText, subject.name(current), revision,
                Instant.ofEpochMilli(recorded.getChangedAt()), recorded.getActor(),
                differences(subject, values(subject, current), values(subject, version[0])));
    }

    /**
     * Writes this version back through the feature's own save path, so everything that follows a
     * save follows (kept pages dropped, the search index updated), and records the restore as a
     * revision of its own that names the version restored. Refused changes leave everything as it was.
     */
    @Transactional
    List<String> restore(String kind, String idText, long revision) {
        HistorySubject<?> subject = restorable(kind);
        Object id = id(subject, idText);
        current(subject, id, idText);
        Object[] version = version(subject, id, revision, idText);
        List<String> problems = subject.restore(id, version[0]);
        if (!problems.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return problems;
        }
        reader().getCurrentRevision(HistoryRevision.class, false).restoring(revision);
        return List.of();
    }

    private HistoryEntry entry(HistoryChange change, HistorySubject<?> subject) {
        HistoryRevision revision = change.getRevision();
        String action = revision.getRestoredFrom() != null ? "restored"
                : change.getAction().name().toLowerCase(Locale.ROOT);
        return new HistoryEntry(revision.getId(), Instant.ofEpochMilli(revision.getChangedAt()), revision.getActor(),
                revision.isByPerson(), change.getKind(), subject.label(), change.getEntityId(), change.getLabel(),
                action, revision.getRestoredFrom());
    }

    private static String action(RevisionType type, HistoryRevision revision) {
        if (revision.getRestoredFrom() != null) {
            return "restored";
        }
        return switch (type) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }

    private Map<String, HistorySubject<?>> readableByKind() {
        Map<String, HistorySubject<?>> readable = new LinkedHashMap<>();
        subjects.readable().forEach(subject -> readable.put(subject.kind(), subject));
        return readable;
    }

    private HistorySubject<?> readable(String kind) {
        HistorySubject<?> subject = subjects.forKind(kind).orElseThrow(() -> new HistoryNotFoundException(kind, ""));
        if (!subjects.readable().contains(subject)) {
            throw new AccessDeniedException("The history of " + kind + " needs the role " + subject.role());
        }
        return subject;
    }

    private HistorySubject<?> restorable(String kind) {
        HistorySubject<?> subject = readable(kind);
        if (!subject.restorable()) {
            throw new HistoryNotFoundException(kind, "");
        }
        return subject;
    }

    private Object id(HistorySubject<?> subject, String idText) {
        Class<?> idType = entityManager.getMetamodel().entity(subject.type()).getIdType().getJavaType();
        try {
            return idType == Long.class || idType == long.class ? Long.valueOf(idText) : idText;
        } catch (NumberFormatException notAnId) {
            throw new HistoryNotFoundException(subject.kind(), idText);
        }
    }

    private Object current(HistorySubject<?> subject, Object id, String idText) {
        Object current = entityManager.find(subject.type(), id);
        if (current == null) {
            throw new HistoryNotFoundException(subject.kind(), idText);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> versions(HistorySubject<?> subject, Object id) {
        return reader().createQuery().forRevisionsOfEntity(subject.type(), false, true)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
    }

    private Object[] version(HistorySubject<?> subject, Object id, long revision, String idText) {
        return versions(subject, id).stream()
                .filter(row -> ((HistoryRevision) row[1]).getId() == revision && row[2] != RevisionType.DEL)
                .findFirst().orElseThrow(() -> new HistoryNotFoundException(subject.kind(), idText));
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }

    /** The audited fields of a version as text, in the order the entity declares them. */
    private Map<String, String> values(HistorySubject<?> subject, Object version) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : fields.computeIfAbsent(subject.type(), this::auditedFields)) {
            try {
                Object value = field.get(Hibernate.unproxy(version));
                values.put(field.getName(), value == null ? null
                        : subject.fieldText(field.getName()).map(worded -> worded.apply(value)).orElseGet(() -> text(value)));
            } catch (IllegalAccessException unreadable) {
                throw new IllegalStateException("Cannot read " + field, unreadable);
            }
        }
        return values;
    }

    private List<HistoryViews.FieldChange> differences(HistorySubject<?> subject, Map<String, String> before,
                                                       Map<String, String> after) {
        List<HistoryViews.FieldChange> differences = new ArrayList<>();
        after.forEach((property, now) -> {
            String then = before == null ? null : before.get(property);
            if (Objects.equals(then, now) || before == null && now == null) {
                return;
            }
            String field = subject.fieldLabel(property);
            boolean longText = isLong(then) || isLong(now);
            if (!longText) {
                differences.add(new HistoryViews.FieldChange(field, then, now, null));
            } else if (before == null) {
                differences.add(new HistoryViews.FieldChange(field, null, opening(now), null));
            } else {
                differences.add(new HistoryViews.FieldChange(field, null, null, TextDiff.between(then, now)));
            }
        });
        return differences;
    }

    private static boolean isLong(String text) {
        return text != null && (text.length() > SHORT_TEXT || text.indexOf('\n') >= 0);
    }

    private static String opening(String text) {
        return text.length() <= OPENING ? text : text.substring(0, OPENING) + "…";
    }

    /** A field's value as a person reads it; other content by its name, collections sorted. */
    private String text(Object value) {
        if (value == null) {
            return null;
        }
        Object plain = Hibernate.unproxy(value);
        if (plain instanceof Collection<?> many) {
            return many.stream().map(this::text).filter(Objects::nonNull).sorted().collect(Collectors.joining(", "));
        }
        if (plain instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (plain instanceof TemporalAccessor || plain instanceof Number || plain instanceof String || plain instanceof Enum<?>) {
            return plain.toString();
        }
        return subjects.forType(plain.getClass()).map(other -> other.name(plain)).orElseGet(plain::toString);
    }

    private List<Field> auditedFields(Class<?> type) {
        EntityType<?> entity = entityManager.getMetamodel().entity(type);
        Set<String> mapped = entity.getAttributes().stream()
                .filter(attribute -> !(attribute instanceof SingularAttribute<?, ?> single && single.isId()))
                .map(Attribute::getName).collect(Collectors.toSet());
        List<Field> audited = new ArrayList<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (mapped.contains(field.getName()) && !field.isAnnotationPresent(NotAudited.class)) {
                    field.setAccessible(true);
                    audited.add(field);
                }
            }
        }
        return audited;
    }
}

package com.frameworkfork.web.history;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FlushModeType;

import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Fills in each revision: the person signed in (Spring Security's context), what acted for nobody
 * ({@link HistoryActor}), a reader (a request without a person, such as a new comment) or the site
 * itself (start-up work); and one entry per object changed, named as it was then. Hibernate creates
 * it through Spring, before the beans it needs exist, hence the providers.
 */
class HistoryRevisionListener implements EntityTrackingRevisionListener {

    static final String READER = "a reader";
    static final String SITE = "the site";

    private final ObjectProvider<HistorySubjects> subjects;
    private final ObjectProvider<EntityManagerFactory> entityManagers;

    @Autowired
    HistoryRevisionListener(ObjectProvider<HistorySubjects> subjects, ObjectProvider<EntityManagerFactory> entityManagers) {
        this.subjects = subjects;
        this.entityManagers = entityManagers;
    }

    /**
     * Hibernate makes the listener through this constructor wherever Spring does not make it: in the
     * build-time repository step (process-aot), where nothing is written, and when the site runs with
     * its ahead-of-time code (`-Dspring.aot.enabled=true`). The beans then come from {@link Beans},
     * which Spring makes before the first transaction.
     */
    HistoryRevisionListener() {
        this(null, null);
    }

    /** Hands the listener Hibernate made on its own the beans it needs. */
    @org.springframework.stereotype.Component
    static class Beans {

        private static volatile ObjectProvider<HistorySubjects> subjects;
        private static volatile ObjectProvider<EntityManagerFactory> entityManagers;

        Beans(ObjectProvider<HistorySubjects> subjects, ObjectProvider<EntityManagerFactory> entityManagers) {
            Beans.subjects = subjects;
            Beans.entityManagers = entityManagers;
        }
    }

    private ObjectProvider<HistorySubjects> subjects() {
        return subjects != null ? subjects : Beans.subjects;
    }

    private ObjectProvider<EntityManagerFactory> entityManagers() {
        return entityManagers != null ? entityManagers : Beans.entityManagers;
    }

    @Override
    public void newRevision(Object revision) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HistoryRevision recorded = (HistoryRevision) revision;
        if (signedIn instanceof HistoryActor.Unattended unattended) {
            recorded.actedBy(unattended.getName(), false);
        } else if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            recorded.actedBy(signedIn.getName(), true);
        } else {
            recorded.actedBy(RequestContextHolder.getRequestAttributes() != null ? READER : SITE, false);
        }
    }

    @Override
    public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType revisionType,
                              Object revision) {
        if (subjects() == null) {
            return;
        }
        subjects().getObject().forType(entityClass).ifPresent(subject -> {
            EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagers().getObject());
            String id = String.valueOf(entityId);
            HistoryChange.Action action = switch (revisionType) {
                case ADD -> HistoryChange.Action.CREATED;
                case MOD -> HistoryChange.Action.CHANGED;
                case DEL -> HistoryChange.Action.DELETED;
            };
            // Still in the persistence context, so no query; a deleted object keeps the name it had last.
            Object changed = action == HistoryChange.Action.DELETED ? null : entityManager.find(entityClass, entityId);
            String label = changed != null ? subject.name(changed) : lastLabel(entityManager, subject.kind(), id);
            ((HistoryRevision) revision).touched(subject.kind(), id, action, label);
        });
    }

    /** Envers calls this while it writes the revision, so the query must not flush the session again. */
    private static String lastLabel(EntityManager entityManager, String kind, String id) {
        List<String> labels = entityManager.createQuery("select c.label from HistoryChange c where c.kind = :kind "
                        + "and c.entityId = :id order by c.revision.id desc", String.class)
                .setParameter("kind", kind).setParameter("id", id).setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1).getResultList();
        return labels.isEmpty() ? kind + " " + id : labels.get(0);
    }
}

package com.frameworkfork.decision;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is a random string chosen before it is stored. Spring Data cannot tell such
 * an entity is new from its id, so it would merge (a SELECT, then an INSERT); this says so instead.
 */
@MappedSuperclass
public abstract class RandomIdEntity implements Persistable<String> {

    @Id
    private String id;

    @Transient
    private boolean fresh;

    protected RandomIdEntity() {
    }

    protected RandomIdEntity(String id) {
        this.id = id;
        this.fresh = true;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }
}

package com.frameworkfork.account;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person's back-office account. Times are UTC. Its history never holds a password or link hash. */
@Entity
@Audited
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Enumerated(EnumType.STRING)
    private AccountRole role;

    /** Null until the owner has set a password through their one-time link. */
    @NotAudited
    private String passwordHash;

    private boolean enabled;

    @NotAudited
    private String setupTokenHash;

    @NotAudited
    private LocalDateTime setupTokenExpires;

    /** Sessions signed in before this no longer count. */
    @NotAudited
    private LocalDateTime sessionsValidFrom;

    private LocalDateTime createdAt;

    private String createdBy;

    protected Account() {
    }

    Account(String username, AccountRole role, LocalDateTime now, String createdBy) {
        this.username = username;
        this.role = role;
        this.enabled = true;
        this.sessionsValidFrom = now;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    AccountRole getRole() {
        return role;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    LocalDateTime getSetupTokenExpires() {
        return setupTokenExpires;
    }

    LocalDateTime getSessionsValidFrom() {
        return sessionsValidFrom;
    }

    LocalDateTime getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    boolean awaitsPassword() {
        return passwordHash == null;
    }

    void expectSetup(String tokenHash, LocalDateTime expires) {
        this.setupTokenHash = tokenHash;
        this.setupTokenExpires = expires;
    }

    /** Sets the password and spends the one-time link; sessions signed in with the old password end. */
    void setPassword(String hash, LocalDateTime now) {
        this.passwordHash = hash;
        this.setupTokenHash = null;
        this.setupTokenExpires = null;
        this.sessionsValidFrom = now;
    }

    void changeRole(AccountRole role, LocalDateTime now) {
        this.role = role;
        this.sessionsValidFrom = now;
    }

    void setEnabled(boolean enabled, LocalDateTime now) {
        this.enabled = enabled;
        this.sessionsValidFrom = now;
    }
}

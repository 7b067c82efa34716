package com.frameworkfork.comparison;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One release line of a framework (Django 6.1), shipped or planned, and how long it is supported. */
@Entity
class FrameworkRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    private String version;

    private LocalDate releasedOn;

    /** Set instead of {@code releasedOn} for a release that is planned but not out yet. */
    private LocalDate expectedOn;

    private LocalDate mainstreamUntil;

    private LocalDate securityUntil;

    private boolean lts;

    @Column(name = "python_versions")
    private String python;

    private String highlights;

    private int position;

    protected FrameworkRelease() {
    }

    FrameworkRelease(Framework framework, String version) {
        this.framework = framework;
        this.version = version;
    }

    String getVersion() {
        return version;
    }

    int getPosition() {
        return position;
    }

    boolean isReleased() {
        return releasedOn != null;
    }

    Fields fields() {
        return new Fields(version, releasedOn, expectedOn, mainstreamUntil, securityUntil, lts, python, highlights);
    }

    void change(Fields fields, int position) {
        this.version = fields.version();
        this.releasedOn = fields.released();
        this.expectedOn = fields.expected();
        this.mainstreamUntil = fields.mainstreamUntil();
        this.securityUntil = fields.securityUntil();
        this.lts = fields.lts();
        this.python = fields.python();
        this.highlights = fields.highlights();
        this.position = position;
    }

    record Fields(String version, LocalDate released, LocalDate expected, LocalDate mainstreamUntil,
                  LocalDate securityUntil, boolean lts, String python, String highlights) {
    }
}

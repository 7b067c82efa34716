package com.frameworkfork.decision;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The thresholds of one scoring-model version; its questions and weights hang off the same version. */
@Entity
@Table(name = "scoring_model")
public class ScoringModelVersion {

    @Id
    private Integer version;

    private int eitherBelow;

    private int clearFrom;

    private int strongFrom;

    private LocalDate publishedOn;

    private String note;

    protected ScoringModelVersion() {
    }

    public Integer getVersion() {
        return version;
    }

    public int getEitherBelow() {
        return eitherBelow;
    }

    public int getClearFrom() {
        return clearFrom;
    }

    public int getStrongFrom() {
        return strongFrom;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getNote() {
        return note;
    }
}

package com.frameworkfork.decision.questionnaire;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The thresholds of one scoring-model version; its questions and weights hang off the same version. */
@Entity
@Table(name = "scoring_model")
class ScoringModelVersion {

    @Id
    private Integer version;

    private int eitherBelow;

    private int clearFrom;

    private int strongFrom;

    protected ScoringModelVersion() {
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
}

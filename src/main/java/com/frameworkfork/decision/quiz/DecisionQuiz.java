package com.frameworkfork.decision.quiz;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;

import com.frameworkfork.decision.RandomIdEntity;


/**
 * A questionnaire in progress, found only by its random id. Keeping it in the database rather than the
 * HTTP session lets any instance continue it and lets a reader resume it from the address bar.
 */
@Entity
class DecisionQuiz extends RandomIdEntity {

    private int modelVersion;

    /** "api=yes,admin=no" in question order, holding only what has been answered so far. */
    private String answers;

    /** UTC wall-clock times: a plain TIMESTAMP column reads the same on H2 and PostgreSQL. */
    private LocalDateTime startedAt;

    private LocalDateTime updatedAt;

    private LocalDateTime finishedAt;

    private String verdictId;

    protected DecisionQuiz() {
    }

    DecisionQuiz(String id, int modelVersion, LocalDateTime now) {
        super(id);
        this.modelVersion = modelVersion;
        this.answers = "";
        this.startedAt = now;
        this.updatedAt = now;
    }

    void recordAnswers(String answers, LocalDateTime now) {
        this.answers = answers;
        this.updatedAt = now;
    }

    /** Points the quiz at its latest verdict; the first finish is the one that counts for completion. */
    void finish(String verdictId, LocalDateTime now) {
        this.verdictId = verdictId;
        this.updatedAt = now;
        if (finishedAt == null) {
            finishedAt = now;
        }
    }

    public int getModelVersion() {
        return modelVersion;
    }

    public String getAnswers() {
        return answers;
    }

    public String getVerdictId() {
        return verdictId;
    }
}

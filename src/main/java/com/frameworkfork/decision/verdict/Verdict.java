package com.frameworkfork.decision.verdict;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.frameworkfork.decision.RandomIdEntity;
import com.frameworkfork.decision.scoring.Recommendation;
import com.frameworkfork.decision.scoring.ScoringResult;
import org.hibernate.annotations.Immutable;

/**
 * A stored verdict. It has no setters: once made it never changes, so a shared link always shows the
 * same decision. Reasons are recomputed from the recorded model version, whose rows are never edited.
 */
@Entity
@Immutable
@Table(name = "decision_verdict")
public class Verdict extends RandomIdEntity {

    private int modelVersion;

    /** The quiz that made this verdict, or null for one made through the API. */
    private String quizId;

    private String answersKey;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    private int djangoScore;

    private int flaskScore;

    /** UTC wall-clock time: a plain TIMESTAMP column reads the same on H2 and PostgreSQL. */
    private LocalDateTime createdAt;

    protected Verdict() {
    }

    Verdict(String id, String quizId, String answersKey, ScoringResult result, LocalDateTime now) {
        super(id);
        this.modelVersion = result.modelVersion();
        this.quizId = quizId;
        this.answersKey = answersKey;
        this.recommendation = result.recommendation();
        this.djangoScore = result.djangoScore();
        this.flaskScore = result.flaskScore();
        this.createdAt = now;
    }

    public int getModelVersion() {
        return modelVersion;
    }

    public String getQuizId() {
        return quizId;
    }

    public String getAnswersKey() {
        return answersKey;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public int getDjangoScore() {
        return djangoScore;
    }

    public int getFlaskScore() {
        return flaskScore;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}

package com.frameworkfork.decision.questionnaire;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A first package to add, shown on a verdict when its condition holds. */
@Entity
class DecisionNextStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int modelVersion;

    /** A {@link com.frameworkfork.decision.scoring.Condition}, which may name the recommendation. */
    private String shownWhen;

    private String name;

    private String url;

    private String why;

    private int position;

    protected DecisionNextStep() {
    }

    DecisionNextStep(int modelVersion, int position, String shownWhen, String name, String url, String why) {
        this.modelVersion = modelVersion;
        this.position = position;
        this.shownWhen = shownWhen;
        this.name = name;
        this.url = url;
        this.why = why;
    }

    public int getModelVersion() {
        return modelVersion;
    }

    public String getShownWhen() {
        return shownWhen;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getWhy() {
        return why;
    }

    public int getPosition() {
        return position;
    }
}

package com.frameworkfork.decision.questionnaire;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The thresholds and texts of one scoring-model version; its questions and advice hang off the same version. */
@Entity
@Table(name = "scoring_model")
class ScoringModelVersion {

    @Id
    private Integer version;

    private int eitherBelow;

    private int clearFrom;

    private int strongFrom;

    /**
     * When it was published. A draft has none, except a shipped model that arrived as a draft because
     * an editor's model was published: it keeps the date its file gives until an editor changes it.
     */
    private LocalDate publishedOn;

    private String note;

    @Enumerated(EnumType.STRING)
    private ModelState state;

    @Enumerated(EnumType.STRING)
    private ModelOrigin origin;

    private Integer basedOn;

    private String djangoTutorial;

    private String flaskTutorial;

    protected ScoringModelVersion() {
    }

    ScoringModelVersion(int version, ModelState state, ModelOrigin origin, Integer basedOn) {
        this.version = version;
        this.state = state;
        this.origin = origin;
        this.basedOn = basedOn;
    }

    public int getVersion() {
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

    public ModelState getState() {
        return state;
    }

    ModelOrigin getOrigin() {
        return origin;
    }

    public Integer getBasedOn() {
        return basedOn;
    }

    public String getDjangoTutorial() {
        return djangoTutorial;
    }

    public String getFlaskTutorial() {
        return flaskTutorial;
    }

    void change(int eitherBelow, int clearFrom, int strongFrom, String note, String djangoTutorial,
                String flaskTutorial) {
        this.eitherBelow = eitherBelow;
        this.clearFrom = clearFrom;
        this.strongFrom = strongFrom;
        this.note = note;
        this.djangoTutorial = djangoTutorial;
        this.flaskTutorial = flaskTutorial;
    }

    void publish(LocalDate on) {
        this.state = ModelState.PUBLISHED;
        this.publishedOn = on;
    }

    void retire() {
        this.state = ModelState.RETIRED;
    }

    void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    void setOrigin(ModelOrigin origin) {
        this.origin = origin;
    }
}

package com.frameworkfork.decision.questionnaire;

/** A draft's thresholds, note and tutorials as the editor types them. */
public class SettingsForm {

    private Integer eitherBelow;
    private Integer clearFrom;
    private Integer strongFrom;
    private String note;
    private String djangoTutorial;
    private String flaskTutorial;

    static SettingsForm of(ModelDefinition model) {
        SettingsForm form = new SettingsForm();
        form.eitherBelow = model.eitherBelow();
        form.clearFrom = model.clearFrom();
        form.strongFrom = model.strongFrom();
        form.note = model.note();
        form.djangoTutorial = model.djangoTutorial();
        form.flaskTutorial = model.flaskTutorial();
        return form;
    }

    public Integer getEitherBelow() {
        return eitherBelow;
    }

    public void setEitherBelow(Integer eitherBelow) {
        this.eitherBelow = eitherBelow;
    }

    public Integer getClearFrom() {
        return clearFrom;
    }

    public void setClearFrom(Integer clearFrom) {
        this.clearFrom = clearFrom;
    }

    public Integer getStrongFrom() {
        return strongFrom;
    }

    public void setStrongFrom(Integer strongFrom) {
        this.strongFrom = strongFrom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getDjangoTutorial() {
        return djangoTutorial;
    }

    public void setDjangoTutorial(String djangoTutorial) {
        this.djangoTutorial = djangoTutorial;
    }

    public String getFlaskTutorial() {
        return flaskTutorial;
    }

    public void setFlaskTutorial(String flaskTutorial) {
        this.flaskTutorial = flaskTutorial;
    }
}

package com.frameworkfork.decision.questionnaire;

import com.frameworkfork.decision.questionnaire.ModelDefinition.PackageDefinition;

/** One next-step package of a draft as the editor types it; {@code when} may name the recommendation. */
public class PackageForm {

    private String when;
    private String name;
    private String url;
    private String why;

    static PackageForm of(PackageDefinition step) {
        PackageForm form = new PackageForm();
        form.when = step.when().format();
        form.name = step.name();
        form.url = step.url();
        form.why = step.why();
        return form;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }
}

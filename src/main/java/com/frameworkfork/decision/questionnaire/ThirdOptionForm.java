package com.frameworkfork.decision.questionnaire;

import java.util.ArrayList;
import java.util.List;

import com.frameworkfork.decision.questionnaire.ModelDefinition.ThirdOptionDefinition;

/** One third option of a draft as the editor types it; {@code when} is a condition such as api=yes;admin=no. */
public class ThirdOptionForm {

    private String framework;
    private String when;
    private String heading;
    private String text;
    private List<String> sourceCodes = new ArrayList<>();

    static ThirdOptionForm of(ThirdOptionDefinition option) {
        ThirdOptionForm form = new ThirdOptionForm();
        form.framework = option.framework();
        form.when = option.when().format();
        form.heading = option.heading();
        form.text = option.text();
        form.sourceCodes = new ArrayList<>(option.sources());
        return form;
    }

    public String getFramework() {
        return framework;
    }

    public void setFramework(String framework) {
        this.framework = framework;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when;
    }

    public String getHeading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getSourceCodes() {
        return sourceCodes;
    }

    public void setSourceCodes(List<String> sourceCodes) {
        this.sourceCodes = sourceCodes == null ? new ArrayList<>() : sourceCodes;
    }
}

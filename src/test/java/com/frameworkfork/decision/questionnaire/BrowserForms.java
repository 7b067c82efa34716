package com.frameworkfork.decision.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** A back-office form read from its page the way a browser sends it, to change a field or two and send it. */
final class BrowserForms {

    private BrowserForms() {
    }

    static Element formTo(Document page, String action) {
        Element form = page.selectFirst("form[method=post][action=" + action + "]");
        assertThat(form).as("a form posting to %s", action).isNotNull();
        return form;
    }

    /** Inputs, ticked boxes, textareas and chosen options; the page's own CSRF token is kept only if asked. */
    static Map<String, List<String>> fields(Element form, boolean withToken) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            String value;
            if (input.tagName().equals("textarea")) {
                value = input.wholeText().replaceFirst("^\n", "");
            } else if (input.tagName().equals("select")) {
                Element chosen = input.selectFirst("option[selected]");
                value = chosen == null ? input.select("option").first().attr("value") : chosen.attr("value");
            } else if (input.attr("type").equals("checkbox") || input.attr("type").equals("radio")) {
                if (!input.hasAttr("checked")) {
                    continue;
                }
                value = input.attr("value");
            } else {
                value = input.attr("value");
            }
            if (withToken || !name.equals("_csrf")) {
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return fields;
    }
}

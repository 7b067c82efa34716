package com.frameworkfork.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough HTML reading to follow the site's own forms the way a browser would: the form's action
 * and method, its radio choices, and which one is checked. Knows nothing about the URLs in advance.
 */
public record HtmlForm(String action, String method, List<Input> inputs) {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?");

    public record Input(String type, String name, String value, boolean checked) {
    }

    /** Forms in page order. */
    public static List<HtmlForm> all(String html) {
        List<HtmlForm> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            List<Input> inputs = new ArrayList<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                inputs.add(new Input(a.getOrDefault("type", "text"), a.get("name"), unescape(a.get("value")),
                        a.containsKey("checked")));
            }
            forms.add(new HtmlForm(unescape(attributes.get("action")), attributes.getOrDefault("method", "get"), inputs));
        }
        return forms;
    }

    /** The page's one POST form; the site-wide search form in the header is a GET form and is not counted. */
    public static HtmlForm only(String html) {
        List<HtmlForm> forms = all(html).stream().filter(f -> f.method().equalsIgnoreCase("post")).toList();
        if (forms.size() != 1) {
            throw new AssertionError("Expected exactly one POST form, found " + forms.size());
        }
        return forms.get(0);
    }

    public List<Input> radios(String name) {
        return inputs.stream().filter(i -> i.type().equals("radio") && name.equals(i.name())).toList();
    }

    public List<Input> hidden() {
        return inputs.stream().filter(i -> i.type().equals("hidden")).toList();
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            attributes.put(matcher.group(1).toLowerCase(), matcher.group(2) == null ? "" : matcher.group(2));
        }
        return attributes;
    }

    private static String unescape(String value) {
        return value == null ? null : value.replace("&amp;", "&").replace("&quot;", "\"");
    }
}

package com.frameworkfork.web.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind of content that has a history, registered as a bean by the feature that owns it, next to
 * {@code @Audited} on its entity: its name in history addresses, who may read its history, how one of
 * its objects is named, where it is edited and how an older version is written back.
 *
 * @param <T> the audited entity
 */
public final class HistorySubject<T> {

    /** Writes an older version back through the feature's own save path; the problems it refused it for, or none. */
    @FunctionalInterface
    public interface Restorer<T> {
        List<String> restore(Object id, T version);
    }

    private final String kind;
    private final String label;
    private final Class<T> type;
    private final String role;
    private final Function<T, String> name;
    private final Function<Object, String> editLink;
    private final Restorer<T> restorer;
    private final Map<String, String> fieldLabels;
    private final Map<String, Function<Object, String>> fieldTexts;

    private HistorySubject(String kind, String label, Class<T> type, String role, Function<T, String> name,
                           Function<Object, String> editLink, Restorer<T> restorer, Map<String, String> fieldLabels,
                           Map<String, Function<Object, String>> fieldTexts) {
        this.kind = kind;
        this.label = label;
        this.type = type;
        this.role = role;
        this.name = name;
        this.editLink = editLink;
        this.restorer = restorer;
        this.fieldLabels = fieldLabels;
        this.fieldTexts = fieldTexts;
    }

    /**
     * @param kind  the kind in history addresses, such as {@code article} in {@code /admin/history/article/7}
     * @param label what a person calls one, such as {@code Article}
     * @param role  the role that may read this history ({@code ADMIN}, {@code EDITOR} or {@code MODERATOR})
     * @param name  an object's name in lists of changes, such as an article's title
     */
    public static <T> HistorySubject<T> of(String kind, String label, Class<T> type, String role, Function<T, String> name) {
        return new HistorySubject<>(kind, label, type, role, name, null, null, Map.of(), Map.of());
    }

    /** The address of an object's edit screen, from its id. */
    public HistorySubject<T> editedAt(Function<Object, String> link) {
        return new HistorySubject<>(kind, label, type, role, name, link, restorer, fieldLabels, fieldTexts);
    }

    /** Offers "restore this version", written back by this. */
    public HistorySubject<T> restoredBy(Restorer<T> restorer) {
        return new HistorySubject<>(kind, label, type, role, name, editLink, restorer, fieldLabels, fieldTexts);
    }

    /** A field's name for people, where the humanised property name would not do. */
    public HistorySubject<T> field(String property, String fieldLabel) {
        Map<String, String> labels = new LinkedHashMap<>(fieldLabels);
        labels.put(property, fieldLabel);
        return new HistorySubject<>(kind, label, type, role, name, editLink, restorer, Map.copyOf(labels), fieldTexts);
    }

    /** As {@link #field(String, String)}, with the field's values shown as {@code text} words them (a state by its label, say). */
    public HistorySubject<T> field(String property, String fieldLabel, Function<Object, String> text) {
        Map<String, Function<Object, String>> texts = new LinkedHashMap<>(fieldTexts);
        texts.put(property, text);
        return new HistorySubject<>(kind, label, type, role, name, editLink, restorer,
                field(property, fieldLabel).fieldLabels, Map.copyOf(texts));
    }

    public String kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public Class<T> type() {
        return type;
    }

    public String role() {
        return role;
    }

    String name(Object object) {
        return name.apply(type.cast(object));
    }

    Optional<String> editLink(Object id) {
        return Optional.ofNullable(editLink).map(link -> link.apply(id));
    }

    boolean restorable() {
        return restorer != null;
    }

    List<String> restore(Object id, Object version) {
        return restorer.restore(id, type.cast(version));
    }

    /** How the subject words a field's value, when it says. */
    Optional<Function<Object, String>> fieldText(String property) {
        return Optional.ofNullable(fieldTexts.get(property));
    }

    String fieldLabel(String property) {
        String named = fieldLabels.get(property);
        if (named != null) {
            return named;
        }
        String spaced = property.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}

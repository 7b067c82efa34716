package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records of the frameworks and comparisons by part and key, in the order the files give them. A
 * record holds only strings, numbers, booleans, lists and maps, so the importer can compare the
 * files' version with the database's by hash: both are built by the same functions here.
 */
final class PartRecords {

    private final Map<Part, Map<String, Map<String, Object>>> byPart = new EnumMap<>(Part.class);

    /** False when the key is taken already. */
    boolean put(Part part, String key, Map<String, Object> record) {
        return byPart.computeIfAbsent(part, p -> new LinkedHashMap<>()).putIfAbsent(key, record) == null;
    }

    Map<String, Map<String, Object>> of(Part part) {
        return byPart.getOrDefault(part, Map.of());
    }

    Map<String, Object> get(Part part, String key) {
        return of(part).get(key);
    }

    /** The records of a part that belong to this parent (a comparison or a section), by position. */
    List<Map.Entry<String, Map<String, Object>>> children(Part part, String parentField, String parent) {
        List<Map.Entry<String, Map<String, Object>>> children = new ArrayList<>();
        of(part).entrySet().stream().filter(e -> parent.equals(e.getValue().get(parentField))).forEach(children::add);
        children.sort(Map.Entry.comparingByValue((a, b) -> Integer.compare(position(a), position(b))));
        return children;
    }

    static int position(Map<String, Object> record) {
        Object position = record.get("position");
        return position == null ? 0 : ((Number) position).intValue();
    }

    /**
     * A record from alternating names and values; absent values (null, blank text, empty lists) are
     * left out, so that "no note" reads the same from a file, a form and the database.
     */
    static Map<String, Object> record(Object... namesAndValues) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (present(value)) {
                record.put((String) namesAndValues[i], value);
            }
        }
        return record;
    }

    static boolean present(Object value) {
        return value != null && !(value instanceof String text && text.isBlank())
                && !(value instanceof Collection<?> list && list.isEmpty())
                && !(value instanceof Map<?, ?> map && map.isEmpty());
    }

    static String text(Map<String, Object> record, String name) {
        Object value = record.get(name);
        return value == null ? null : value.toString();
    }

    static boolean flag(Map<String, Object> record, String name) {
        return Boolean.TRUE.equals(record.get(name));
    }

    @SuppressWarnings("unchecked")
    static List<String> codes(Map<String, Object> record, String name) {
        Object value = record.get(name);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, Object> record, String name) {
        Object value = record.get(name);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> nested(Map<String, Object> record, String name) {
        Object value = record.get(name);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}

package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.util.MultiValueMap;

/**
 * The fields of one kind of part, in blocks as a form shows them: plain fields (under an optional
 * legend) and repeated rows (a framework's releases, a disagreement's sides). The same schema checks
 * a record from a content file and reads and shows a back-office form, so both obey the same rules.
 */
record PartSchema(List<Block> blocks) {

    sealed interface Block permits Fields, Rows {
    }

    /** Fields shown together; names may be paths into nested records. */
    record Fields(String legend, List<PartField> fields) implements Block {
    }

    /**
     * A list of nested records, each with the same fields; a form names a row's field
     * {@code name.index.field}.
     */
    record Rows(String name, String rowLegend, List<PartField> fields, int min, int max, String tooFew,
                String addLabel) implements Block {
    }

    static PartSchema of(Block... blocks) {
        return new PartSchema(List.of(blocks));
    }

    static Fields fields(PartField... fields) {
        return new Fields(null, List.of(fields));
    }

    PartSchema with(Block block) {
        List<Block> more = new ArrayList<>(blocks);
        more.add(block);
        return new PartSchema(List.copyOf(more));
    }

    Rows rows(String name) {
        return blocks.stream().filter(b -> b instanceof Rows r && r.name().equals(name)).map(Rows.class::cast)
                .findFirst().orElseThrow();
    }

    /** What is wrong with the record, by field name (a row's field as {@code name.index.field}); empty when nothing is. */
    Map<String, String> problems(Map<String, Object> record, PartContext context) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Block block : blocks) {
            if (block instanceof Fields fields) {
                for (PartField field : fields.fields()) {
                    putProblem(problems, field.name(), field.problem(value(record, field.name()), context));
                }
            } else if (block instanceof Rows rows) {
                List<Map<String, Object>> list = PartRecords.rows(record, rows.name());
                if (list.size() < rows.min()) {
                    problems.put(rows.name(), rows.tooFew());
                }
                for (int i = 0; i < list.size(); i++) {
                    for (PartField field : rows.fields()) {
                        putProblem(problems, rows.name() + "." + i + "." + field.name(),
                                field.problem(list.get(i).get(field.name()), context));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The record a form sent. Only the schema's own fields are read, rows up to their maximum; a row
     * left entirely empty is dropped, and what the editor typed is kept as typed for them to correct.
     */
    Map<String, Object> fromForm(MultiValueMap<String, String> form) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (Block block : blocks) {
            if (block instanceof Fields fields) {
                for (PartField field : fields.fields()) {
                    put(record, field.name(), read(form, field.name(), field));
                }
            } else if (block instanceof Rows rows) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (int index : rowIndexes(form, rows)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    boolean filled = false;
                    for (PartField field : rows.fields()) {
                        Object value = read(form, rows.name() + "." + index + "." + field.name(), field);
                        if (PartRecords.present(value)) {
                            row.put(field.name(), value);
                            filled |= field.kind() != PartField.Kind.FLAG;
                        }
                    }
                    if (filled) {
                        list.add(row);
                    }
                }
                if (!list.isEmpty()) {
                    record.put(rows.name(), list);
                }
            }
        }
        return record;
    }

    private static TreeSet<Integer> rowIndexes(MultiValueMap<String, String> form, Rows rows) {
        TreeSet<Integer> indexes = new TreeSet<>();
        String prefix = rows.name() + ".";
        for (String name : form.keySet()) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                int dot = rest.indexOf('.');
                if (dot > 0 && dot <= 2 && rest.substring(0, dot).chars().allMatch(Character::isDigit)) {
                    indexes.add(Integer.parseInt(rest.substring(0, dot)));
                }
            }
        }
        while (indexes.size() > rows.max()) {
            indexes.pollLast();
        }
        return indexes;
    }

    private static Object read(MultiValueMap<String, String> form, String name, PartField field) {
        List<String> values = form.getOrDefault(name, List.of());
        return switch (field.kind()) {
            case FLAG -> values.contains("true");
            case SOURCES -> {
                LinkedHashSet<String> codes = new LinkedHashSet<>();
                values.stream().map(String::strip).filter(v -> !v.isEmpty()).forEach(codes::add);
                yield codes.isEmpty() ? null : new ArrayList<>(codes);
            }
            case NUMBER -> {
                String typed = first(values);
                try {
                    yield typed == null ? null : PartField.figure(new java.math.BigDecimal(typed));
                } catch (NumberFormatException notANumber) {
                    yield typed;
                }
            }
            default -> first(values);
        };
    }

    private static String first(List<String> values) {
        if (values.isEmpty() || values.get(0) == null) {
            return null;
        }
        String value = values.get(0).replace("\r\n", "\n").strip();
        return value.isEmpty() ? null : value;
    }

    private static void putProblem(Map<String, String> problems, String name, String problem) {
        if (problem != null) {
            problems.putIfAbsent(name, problem);
        }
    }

    /** The value at a path such as {@code values.django.text}. */
    static Object value(Map<String, Object> record, String path) {
        Object at = record;
        for (String step : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(step);
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> record, String path, Object value) {
        if (!PartRecords.present(value)) {
            return;
        }
        String[] steps = path.split("\\.");
        Map<String, Object> at = record;
        for (int i = 0; i < steps.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(steps[i], s -> new LinkedHashMap<String, Object>());
        }
        at.put(steps[steps.length - 1], value);
    }
}

package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.frameworkfork.comparison.PartSchema.Block;
import com.frameworkfork.comparison.PartSchema.Fields;
import com.frameworkfork.comparison.PartSchema.Rows;

/**
 * One back-office edit screen, for any part: its form in blocks of fields built from the part's
 * schema, with what the editor typed and each problem next to its field, and the lists of the parts
 * it holds (a comparison's sections, a section's rows).
 *
 * @param action   where the form posts
 * @param problems every problem, for the summary at the top
 * @param hidden   fields the form sends back unchanged (the section a new row goes into)
 * @param history  where the history of what the screen edits is read (a row's value for each framework)
 */
record PartEditor(String heading, String intro, String action, String back, String backLabel, List<BlockView> blocks,
                  List<String> problems, Map<String, String> hidden, String removeHref, String publicHref,
                  List<PartList> lists, List<HistoryLink> history) {

    record HistoryLink(String label, String href) {
    }

    /** A fieldset of the form: plain fields, one row of a repeated group, or a group's add button. */
    record BlockView(String legend, List<FieldView> fields, String removeAction, String removeLabel,
                     String addAction, String addLabel, String error) {
    }

    /** {@code kind} is {@link PartField.Kind}'s name; {@code id} is the name made safe for an id. */
    record FieldView(String name, String id, String label, String kind, String value, boolean checked,
                     List<OptionView> options, String error, String hint, boolean required) {

        public String describedBy() {
            String ids = (hint == null ? "" : id + "-hint ") + (error == null ? "" : id + "-error");
            return ids.isBlank() ? null : ids.strip();
        }
    }

    record OptionView(String value, String label, boolean selected) {
    }

    /** The parts a screen holds, in page order, each with its edit, move and remove controls. */
    record PartList(String title, String addHref, String addLabel, List<ListItem> items) {
    }

    /** {@code moveAction} is where the move buttons post; empty lists show no move buttons. */
    record ListItem(String label, String detail, String editHref, String moveAction, boolean first, boolean last,
                    String removeHref) {
    }

    /** The form's blocks for a record, as typed or as stored, with problems by field name. */
    static List<BlockView> blocks(PartSchema schema, Map<String, Object> form, Map<String, String> problems,
                                  PartContext context) {
        List<BlockView> blocks = new ArrayList<>();
        for (Block block : schema.blocks()) {
            if (block instanceof Fields fields) {
                blocks.add(new BlockView(fields.legend(), fields.fields().stream()
                        .map(f -> field(f, f.name(), PartSchema.value(form, f.name()), problems, context)).toList(),
                        null, null, null, null, null));
            } else if (block instanceof Rows rows) {
                List<Map<String, Object>> list = PartRecords.rows(form, rows.name());
                for (int i = 0; i < list.size(); i++) {
                    Map<String, Object> row = list.get(i);
                    String prefix = rows.name() + "." + i + ".";
                    List<FieldView> fields = rows.fields().stream()
                            .map(f -> field(f, prefix + f.name(), row.get(f.name()), problems, context)).toList();
                    String legend = rows.rowLegend() + " " + (i + 1);
                    blocks.add(new BlockView(legend, fields, "remove:" + rows.name() + ":" + i,
                            "Remove " + legend.toLowerCase(), null, null, null));
                }
                if (list.size() < rows.max()) {
                    blocks.add(new BlockView(null, List.of(), null, null, "add:" + rows.name(), rows.addLabel(),
                            problems.get(rows.name())));
                }
            }
        }
        return blocks;
    }

    private static FieldView field(PartField field, String name, Object value, Map<String, String> problems,
                                   PartContext context) {
        List<OptionView> options = new ArrayList<>();
        if (field.kind() == PartField.Kind.SOURCES) {
            // The sources cited come first, in their order (which is the order of citation); a newly
            // ticked one joins them at the end.
            List<String> cited = value instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
            Set<String> shown = new LinkedHashSet<>(cited);
            Map<String, String> labels = context.sources();
            cited.stream().filter(labels::containsKey).forEach(code -> options.add(new OptionView(code, labels.get(code), true)));
            labels.forEach((code, label) -> {
                if (!shown.contains(code)) {
                    options.add(new OptionView(code, label, false));
                }
            });
        } else {
            context.options(field.kind()).forEach(o -> options.add(new OptionView(o.value(), o.label(),
                    o.value().equals(value))));
        }
        String text = value == null || value instanceof List<?> ? null : value.toString();
        return new FieldView(name, "field-" + name.replace('.', '-'), field.label(), field.kind().name(), text,
                Boolean.TRUE.equals(value), options, problems.get(name), field.hint(), field.whenBlank() != null);
    }
}

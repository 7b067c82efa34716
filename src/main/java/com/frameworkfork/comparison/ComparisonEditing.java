package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.frameworkfork.comparison.PartEditor.BlockView;
import com.frameworkfork.comparison.PartEditor.ListItem;
import com.frameworkfork.comparison.PartEditor.PartList;
import com.frameworkfork.comparison.PartField.Kind;
import com.frameworkfork.comparison.PartSchema.Fields;
import com.frameworkfork.content.ContentStillUsedException;
import com.frameworkfork.content.ContentVersion;
import com.frameworkfork.source.Source;
import com.frameworkfork.source.SourceService;
import com.frameworkfork.source.SourceView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import static com.frameworkfork.comparison.PartRecords.position;
import static com.frameworkfork.comparison.PartRecords.text;

/**
 * The back office's editing of frameworks and comparisons, one part at a time. Every change is the
 * same write of a record the importer makes, so the files' rules hold for editors too; each one
 * raises the content version and tells the site's pages, so every instance shows it within seconds.
 */
@Service
class ComparisonEditing {

    static final String SAVE = "save";

    private final ComparisonStore store;
    private final SourceService sources;
    private final ContentVersion version;
    private final ApplicationEventPublisher events;

    ComparisonEditing(ComparisonStore store, SourceService sources, ContentVersion version,
                      ApplicationEventPublisher events) {
        this.store = store;
        this.sources = sources;
        this.version = version;
        this.events = events;
    }

    /**
     * What an edit screen is about.
     *
     * @param comparison the comparison's slug; null for a framework
     * @param key        the part's own key (anchor, code, {@code key}, slug); null for a new one
     * @param section    for a new row, note or disagreement: the anchor of its section
     */
    record Target(Part part, String comparison, String key, String section) {

        boolean creating() {
            return key == null;
        }

        String contentKey() {
            return part.key(comparison, key);
        }
    }

    /** Either where to go after a save, or the screen to show again (with {@code refused} for 422). */
    record Outcome(String redirect, PartEditor editor, boolean refused) {
    }

    @Transactional(readOnly = true)
    public PartList frameworks() {
        List<ListItem> items = store.current(Part.FRAMEWORK).entrySet().stream()
                .map(e -> new ListItem(text(e.getValue(), "name"),
                        PartRecords.flag(e.getValue(), "compared") ? "Compared" : "Mentioned only",
                        ComparisonAdminPaths.framework(e.getKey()), null, false, false,
                        ComparisonAdminPaths.framework(e.getKey()) + "/remove"))
                .toList();
        return new PartList("Frameworks", ComparisonAdminPaths.FRAMEWORKS + "/new", "Add a framework", items);
    }

    @Transactional(readOnly = true)
    public PartList comparisons() {
        List<ListItem> items = store.current(Part.COMPARISON).entrySet().stream()
                .map(e -> new ListItem(text(e.getValue(), "title"), "/compare/" + e.getKey(),
                        ComparisonAdminPaths.comparison(e.getKey()), null, false, false, null))
                .toList();
        return new PartList("Comparisons", null, null, items);
    }

    @Transactional(readOnly = true)
    public PartEditor show(Target target) {
        PartRecords records = store.current();
        PartContext context = context(records, target);
        Map<String, Object> form = target.creating() ? blank(target) : formOf(target, records);
        return editor(target, records, context, form, Map.of());
    }

    @Transactional
    public Outcome submit(Target target, MultiValueMap<String, String> sent) {
        PartRecords records = store.current();
        PartContext context = context(records, target);
        if (!target.creating()) {
            formOf(target, records);
        }
        PartSchema schema = editorSchema(target, context);
        Map<String, Object> form = schema.fromForm(sent);
        String action = sent.getFirst("action") == null ? SAVE : sent.getFirst("action");
        if (action.startsWith("add:") || action.startsWith("remove:")) {
            changeRows(schema, form, action);
            return new Outcome(null, editor(target, records, context, form, Map.of()), false);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String key = target.creating() ? checkedKey(target, form, records, context, problems) : target.key();
        Target saved = new Target(target.part(), target.comparison(), key, target.section());
        List<Write> writes = key == null ? List.of() : writes(target, saved, form, records, context, problems);
        if (!problems.isEmpty()) {
            return new Outcome(null, editor(target, records, context, form, problems), true);
        }
        writes.forEach(w -> store.write(w.part(), w.key(), w.record()));
        changed();
        return new Outcome(editPath(saved) + "?saved", null, false);
    }

    /** Swaps the part with its neighbour above or below among its siblings. */
    @Transactional
    public String move(Target target, boolean up) {
        PartRecords records = store.current();
        formOf(target, records);
        List<Map.Entry<String, Map<String, Object>>> siblings = siblings(target, records);
        int at = indexOf(siblings, target.contentKey());
        int other = up ? at - 1 : at + 1;
        if (at >= 0 && other >= 0 && other < siblings.size()) {
            Map.Entry<String, Map<String, Object>> a = siblings.get(at);
            Map.Entry<String, Map<String, Object>> b = siblings.get(other);
            int positionA = position(a.getValue());
            store.write(target.part(), a.getKey(), withPosition(a.getValue(), position(b.getValue())));
            store.write(target.part(), b.getKey(), withPosition(b.getValue(), positionA));
            changed();
        }
        return parentPath(target, records);
    }

    /** What removing the part would take with it, for the editor to confirm. */
    @Transactional(readOnly = true)
    public Removal removal(Target target) {
        PartRecords records = store.current();
        Map<String, Object> record = formOf(target, records);
        String what = ComparisonContent.describe(target.part(), target.contentKey(), record);
        List<String> consequences = new ArrayList<>();
        boolean possible = true;
        switch (target.part()) {
            case SECTION -> {
                String key = target.contentKey();
                consequences.add("Its " + records.children(Part.CRITERION, "section", key).size() + " rows, "
                        + records.children(Part.NOTE, "section", key).size() + " notes and "
                        + records.children(Part.DISAGREEMENT, "section", key).size() + " disagreements go with it.");
                consequences.add("Links to #" + target.key() + " from other pages will open the top of the page instead.");
            }
            case CRITERION -> consequences.add("Its value for each framework goes with it.");
            case FRAMEWORK -> {
                possible = !inUse(target.key(), records);
                if (!possible) {
                    consequences.add("It cannot be removed while a comparison shows it as a column or its content names it.");
                }
            }
            default -> {
            }
        }
        return new Removal("Remove " + what + "?", consequences, possible, editPath(target) + "/remove",
                editPath(target), parentPath(target, records));
    }

    record Removal(String heading, List<String> consequences, boolean possible, String action, String back,
                   String afterwards) {
    }

    @Transactional
    public String remove(Target target) {
        PartRecords records = store.current();
        formOf(target, records);
        List<Map.Entry<String, Map<String, Object>>> siblings = siblings(target, records);
        if (target.part() == Part.SECTION) {
            for (Part child : List.of(Part.CRITERION, Part.NOTE, Part.DISAGREEMENT)) {
                records.children(child, "section", target.contentKey()).forEach(c -> store.remove(child, c.getKey()));
            }
        }
        if (!store.remove(target.part(), target.contentKey())) {
            throw new ContentStillUsedException(target.key());
        }
        int at = indexOf(siblings, target.contentKey());
        for (int i = at + 1; i < siblings.size() && at >= 0; i++) {
            Map.Entry<String, Map<String, Object>> later = siblings.get(i);
            store.write(target.part(), later.getKey(), withPosition(later.getValue(), position(later.getValue()) - 1));
        }
        changed();
        return parentPath(target, records);
    }

    private void changed() {
        version.bump();
        events.publishEvent(new ComparisonChanged());
    }

    private record Write(Part part, String key, Map<String, Object> record) {
    }

    /** The records a save writes: the part's own, and for a row, its values for each framework. */
    private List<Write> writes(Target asked, Target target, Map<String, Object> form, PartRecords records,
                               PartContext context, Map<String, String> problems) {
        List<Write> writes = new ArrayList<>();
        Map<String, Object> existing = asked.creating() ? null : records.get(target.part(), target.contentKey());
        Map<String, Object> record = merge(existing == null ? structure(asked, target.key(), records) : existing,
                PartRules.schema(target.part(), context), form);
        problems.putAll(PartRules.problems(target.part(), record, context));
        writes.add(new Write(target.part(), target.contentKey(), record));
        if (target.part() == Part.CRITERION) {
            for (String column : context.columns()) {
                String valueKey = Part.valueKey(target.key(), column);
                Map<String, Object> value = records.get(Part.VALUE, valueKey);
                Map<String, Object> merged = merge(value == null
                                ? PartRecords.record("criterion", target.key(), "framework", column) : value,
                        PartRules.schema(Part.VALUE, context), PartRecords.nested(PartRecords.nested(form, "values"), column));
                PartRules.problems(Part.VALUE, merged, context)
                        .forEach((field, problem) -> problems.putIfAbsent("values." + column + "." + field, problem));
                writes.add(new Write(Part.VALUE, valueKey, merged));
            }
        }
        return writes;
    }

    /** The stored record with the form's fields in place of its own; what the form does not edit stays. */
    private static Map<String, Object> merge(Map<String, Object> base, PartSchema schema, Map<String, Object> form) {
        Set<String> edited = new HashSet<>();
        for (PartSchema.Block block : schema.blocks()) {
            if (block instanceof Fields fields) {
                fields.fields().forEach(f -> edited.add(f.name().split("\\.")[0]));
            } else if (block instanceof PartSchema.Rows rows) {
                edited.add(rows.name());
            }
        }
        Map<String, Object> merged = new LinkedHashMap<>(base);
        merged.keySet().removeAll(edited);
        form.forEach((name, value) -> {
            if (edited.contains(name)) {
                merged.put(name, value);
            }
        });
        return merged;
    }

    /** What a new part's record starts from: where it belongs, and its place at the end. */
    private Map<String, Object> structure(Target target, String key, PartRecords records) {
        int next = siblings(target, records).size() + 1;
        return switch (target.part()) {
            case FRAMEWORK, COMPARISON, VALUE -> new LinkedHashMap<>();
            case SECTION -> PartRecords.record("comparison", target.comparison(), "anchor", key, "position", next);
            case CRITERION, NOTE, DISAGREEMENT -> PartRecords.record("section",
                    Part.SECTION.key(target.comparison(), target.section()), "position", next);
            default -> PartRecords.record("comparison", target.comparison(), "position", next);
        };
    }

    private String checkedKey(Target target, Map<String, Object> form, PartRecords records, PartContext context,
                              Map<String, String> problems) {
        String name = keyName(target.part());
        String key = text(form, name);
        String problem = keyField(target.part()).problem(key, context);
        if (problem == null && "new".equals(key)) {
            problem = "This key is kept for the back office's own use; choose another.";
        }
        if (problem == null && records.get(target.part(), target.part().key(target.comparison(), key)) != null) {
            problem = "Another " + target.part().noun() + " already has this key; choose another.";
        }
        if (problem != null) {
            problems.put(name, problem);
            return null;
        }
        return key;
    }

    private static String keyName(Part part) {
        return switch (part) {
            case FRAMEWORK -> "slug";
            case SECTION -> "anchor";
            case CRITERION -> "code";
            default -> "key";
        };
    }

    private static PartField keyField(Part part) {
        String hint = switch (part) {
            case FRAMEWORK -> "Lowercase letters, digits and hyphens, such as django; it never changes.";
            case SECTION -> "The section's address on the page (#anchor): lowercase letters, digits and hyphens; it never changes.";
            default -> "Lowercase letters, digits and hyphens; readers never see it, and it never changes.";
        };
        return new PartField(keyName(part), part == Part.FRAMEWORK ? "Slug" : part == Part.SECTION ? "Anchor" : "Key",
                Kind.KEY, 60, "Enter a key for the new " + part.noun() + ".", hint);
    }

    /** The form a part's screen shows: the record's schema, a key for a new one, each framework's value of a row. */
    private static PartSchema editorSchema(Target target, PartContext context) {
        List<PartSchema.Block> blocks = new ArrayList<>();
        if (target.creating()) {
            blocks.add(new Fields(null, List.of(keyField(target.part()))));
        }
        blocks.addAll(PartRules.schema(target.part(), context).blocks());
        if (target.part() == Part.CRITERION) {
            for (String column : context.columns()) {
                blocks.add(PartRules.valueFields(context.frameworkName(column), "values." + column + "."));
            }
        }
        return new PartSchema(List.copyOf(blocks));
    }

    private static void changeRows(PartSchema schema, Map<String, Object> form, String action) {
        String[] parts = action.split(":");
        PartSchema.Rows rows = schema.blocks().stream()
                .filter(b -> b instanceof PartSchema.Rows r && r.name().equals(parts[1]))
                .map(PartSchema.Rows.class::cast).findFirst().orElse(null);
        if (rows == null) {
            return;
        }
        List<Map<String, Object>> list = new ArrayList<>(PartRecords.rows(form, rows.name()));
        if (parts[0].equals("add") && list.size() < rows.max()) {
            list.add(new LinkedHashMap<>());
        } else if (parts[0].equals("remove") && parts.length == 3 && parts[2].matches("\\d{1,2}")
                && Integer.parseInt(parts[2]) < list.size()) {
            list.remove(Integer.parseInt(parts[2]));
        }
        form.put(rows.name(), list);
    }

    /** The record of an existing part as its form shows it; a part that does not exist is a 404. */
    private static Map<String, Object> formOf(Target target, PartRecords records) {
        if (target.comparison() != null && records.get(Part.COMPARISON, target.comparison()) == null) {
            throw new PartNotFoundException(target.comparison());
        }
        Map<String, Object> record = target.key() == null ? null : records.get(target.part(), target.contentKey());
        if (record == null || target.part().inSection() && target.comparison() != null
                && !text(record, "section").startsWith(target.comparison() + "#")) {
            throw new PartNotFoundException(String.valueOf(target.key()));
        }
        if (target.part() != Part.CRITERION) {
            return record;
        }
        Map<String, Object> form = new LinkedHashMap<>(record);
        Map<String, Object> values = new LinkedHashMap<>();
        records.of(Part.VALUE).forEach((key, value) -> {
            if (target.key().equals(value.get("criterion"))) {
                values.put(text(value, "framework"), value);
            }
        });
        form.put("values", values);
        return form;
    }

    private static Map<String, Object> blank(Target target) {
        Map<String, Object> form = new LinkedHashMap<>();
        if (target.part() == Part.DISAGREEMENT) {
            form.put("sides", new ArrayList<>(List.of(new LinkedHashMap<>(), new LinkedHashMap<>())));
        }
        if (target.part() == Part.FRAMEWORK) {
            form.put("compared", false);
        }
        return form;
    }

    private PartEditor editor(Target target, PartRecords records, PartContext context, Map<String, Object> form,
                              Map<String, String> problems) {
        if (target.creating() && target.part().inSection() && (target.section() == null
                || records.get(Part.SECTION, Part.SECTION.key(target.comparison(), target.section())) == null)) {
            throw new PartNotFoundException("section " + target.section());
        }
        if (target.creating() && target.comparison() != null && records.get(Part.COMPARISON, target.comparison()) == null) {
            throw new PartNotFoundException(target.comparison());
        }
        List<BlockView> blocks = PartEditor.blocks(editorSchema(target, context), form, problems, context);
        Map<String, Object> stored = target.creating() ? null : records.get(target.part(), target.contentKey());
        String heading = target.creating() ? "Add a " + target.part().noun()
                : "Edit " + ComparisonContent.describe(target.part(), target.contentKey(), stored);
        Map<String, String> hidden = target.creating() && target.section() != null
                ? Map.of("section", target.section()) : Map.of();
        String action = target.creating() ? createPath(target) : editPath(target);
        boolean removable = !target.creating() && target.part() != Part.COMPARISON;
        return new PartEditor(heading, intro(target), action, parentPath(target, records), backLabel(target), blocks,
                List.copyOf(new LinkedHashMap<>(problems).values()), hidden,
                removable ? editPath(target) + "/remove" : null, publicPath(target, records),
                target.creating() ? List.of() : lists(target, records), history(target, context));
    }

    private List<PartEditor.HistoryLink> history(Target target, PartContext context) {
        if (target.part() != Part.CRITERION || target.creating()) {
            return List.of();
        }
        Map<String, Long> ids = store.valueIds(target.key());
        return context.columns().stream().filter(ids::containsKey)
                .map(column -> new PartEditor.HistoryLink("History of the " + context.frameworkName(column) + " value",
                        "/admin/history/" + ComparisonWebConfig.CELL_HISTORY + "/" + ids.get(column)))
                .toList();
    }

    /** Where a row's value is edited: its row's screen. */
    @Transactional(readOnly = true)
    public String valueEditPath(long id) {
        return store.value(id).map(value -> {
            Criterion criterion = value.getCriterion();
            return editPath(new Target(Part.CRITERION, criterion.getSection().getComparison().getSlug(),
                    criterion.getCode(), null));
        }).orElse(null);
    }

    /**
     * Writes an older version of a row's value back as the row's screen would save it, under the same
     * rules; the problems that refused it (a source it cited since removed), or none.
     */
    @Transactional
    public List<String> restoreValue(long id, CriterionValue version) {
        CriterionValue current = store.value(id).orElseThrow(() -> new PartNotFoundException("value " + id));
        Criterion criterion = current.getCriterion();
        String key = Part.valueKey(criterion.getCode(), current.getFramework().getSlug());
        PartRecords records = store.current();
        PartContext context = context(records,
                new Target(Part.CRITERION, criterion.getSection().getComparison().getSlug(), criterion.getCode(), null));
        Map<String, Object> record = new LinkedHashMap<>(records.get(Part.VALUE, key));
        record.put("text", version.getValueText());
        record.put("note", version.getNote());
        record.put("sources", version.getSources().stream().map(Source::getCode).toList());
        Map<String, String> problems = PartRules.problems(Part.VALUE, record, context);
        if (!problems.isEmpty()) {
            return List.copyOf(problems.values());
        }
        store.write(Part.VALUE, key, record);
        changed();
        return List.of();
    }

    private static String intro(Target target) {
        return switch (target.part()) {
            case CRITERION -> "A row of the section's table: what it compares, and each framework's value with the sources that say so.";
            case FRAMEWORK -> "Pages that name versions take them from here: the first release that is out is the current one.";
            case BENCHMARK -> "Figures as one source reports them. Say what was measured; a figure you doubt is never charted.";
            default -> null;
        };
    }

    private List<PartList> lists(Target target, PartRecords records) {
        String slug = target.comparison();
        List<PartList> lists = new ArrayList<>();
        if (target.part() == Part.COMPARISON) {
            lists.add(list("Sections", Part.SECTION, slug, null, records.children(Part.SECTION, "comparison", slug),
                    r -> text(r, "title"), r -> "#" + text(r, "anchor")));
            lists.add(list("Benchmarks (shown under Performance)", Part.BENCHMARK, slug, null,
                    records.children(Part.BENCHMARK, "comparison", slug), r -> text(r, "workload"),
                    r -> text(r, "source") + (r.get("doubt") == null ? "" : ", doubtful")));
            lists.add(list("Use cases", Part.USE_CASE, slug, null, records.children(Part.USE_CASE, "comparison", slug),
                    r -> text(r, "use-case"), r -> text(r, "pick")));
            lists.add(list("Strengths and weaknesses", Part.PRO_CON, slug, null,
                    records.children(Part.PRO_CON, "comparison", slug), r -> text(r, "statement"),
                    r -> text(r, "framework") + ", " + ("pro".equals(text(r, "kind")) ? "strength" : "weakness")));
            lists.add(list("Migration steps", Part.MIGRATION_STEP, slug, null,
                    records.children(Part.MIGRATION_STEP, "comparison", slug), r -> text(r, "step"),
                    r -> text(r, "from") + " to " + text(r, "to")));
        } else if (target.part() == Part.SECTION) {
            String key = target.contentKey();
            lists.add(list("Rows of the table", Part.CRITERION, slug, target.key(), records.children(Part.CRITERION, "section", key),
                    r -> text(r, "label"), r -> null));
            lists.add(list("Notes", Part.NOTE, slug, target.key(), records.children(Part.NOTE, "section", key),
                    r -> text(r, "heading"), r -> null));
            lists.add(list("Disagreements", Part.DISAGREEMENT, slug, target.key(),
                    records.children(Part.DISAGREEMENT, "section", key), r -> text(r, "topic"),
                    r -> PartRecords.rows(r, "sides").size() + " sides"));
        }
        return lists;
    }

    private static PartList list(String title, Part part, String slug, String section,
                                 List<Map.Entry<String, Map<String, Object>>> children,
                                 Function<Map<String, Object>, String> label,
                                 Function<Map<String, Object>, String> detail) {
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Map.Entry<String, Map<String, Object>> child = children.get(i);
            String path = editPath(new Target(part, slug, part.localKey(child.getKey()), section));
            items.add(new ListItem(label.apply(child.getValue()), detail.apply(child.getValue()), path, path + "/move",
                    i == 0, i == children.size() - 1, path + "/remove"));
        }
        String add = createPath(new Target(part, slug, null, section)) + "/new" + (section == null ? "" : "?section=" + section);
        return new PartList(title, add, "Add a " + part.noun(), items);
    }

    private List<Map.Entry<String, Map<String, Object>>> siblings(Target target, PartRecords records) {
        return switch (target.part()) {
            case FRAMEWORK, COMPARISON, VALUE -> List.of();
            case SECTION -> records.children(Part.SECTION, "comparison", target.comparison());
            case CRITERION, NOTE, DISAGREEMENT -> {
                String section = target.creating() ? Part.SECTION.key(target.comparison(), target.section())
                        : text(records.get(target.part(), target.contentKey()), "section");
                yield records.children(target.part(), "section", section);
            }
            default -> records.children(target.part(), "comparison", target.comparison());
        };
    }

    private static int indexOf(List<Map.Entry<String, Map<String, Object>>> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getKey().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> withPosition(Map<String, Object> record, int position) {
        Map<String, Object> moved = new LinkedHashMap<>(record);
        moved.put("position", position);
        return moved;
    }

    private boolean inUse(String framework, PartRecords records) {
        return records.of(Part.COMPARISON).values().stream()
                .anyMatch(c -> framework.equals(c.get("first")) || framework.equals(c.get("second")))
                || records.of(Part.NOTE).values().stream().anyMatch(n -> framework.equals(n.get("about")));
    }

    private PartContext context(PartRecords records, Target target) {
        Map<String, String> sourceLabels = new LinkedHashMap<>();
        for (SourceView source : sources.all()) {
            sourceLabels.put(source.code(), source.label() + ": " + source.title()
                    + (source.date() == null ? "" : " (" + source.date() + ")"));
        }
        Map<String, String> frameworks = new LinkedHashMap<>();
        records.of(Part.FRAMEWORK).forEach((slug, f) -> frameworks.put(slug, text(f, "name")));
        Map<String, Object> comparison = target.comparison() == null ? null : records.get(Part.COMPARISON, target.comparison());
        List<String> columns = comparison == null ? List.of() : List.of(text(comparison, "first"), text(comparison, "second"));
        return new PartContext(sourceLabels, frameworks, columns);
    }

    static String editPath(Target target) {
        return switch (target.part()) {
            case FRAMEWORK -> ComparisonAdminPaths.framework(target.key());
            case COMPARISON -> ComparisonAdminPaths.comparison(target.comparison());
            default -> ComparisonAdminPaths.comparison(target.comparison()) + "/" + target.part().segment() + "/" + target.key();
        };
    }

    private static String createPath(Target target) {
        return target.part() == Part.FRAMEWORK ? ComparisonAdminPaths.FRAMEWORKS
                : ComparisonAdminPaths.comparison(target.comparison()) + "/" + target.part().segment();
    }

    /** The screen that lists the part: the section for a row, note or disagreement; the comparison for the rest. */
    private static String parentPath(Target target, PartRecords records) {
        return switch (target.part()) {
            case FRAMEWORK -> ComparisonAdminPaths.FRAMEWORKS;
            case COMPARISON -> ComparisonAdminPaths.COMPARISONS;
            case CRITERION, NOTE, DISAGREEMENT -> {
                String section = target.creating() ? target.section()
                        : Part.SECTION.localKey(text(records.get(target.part(), target.contentKey()), "section"));
                yield editPath(new Target(Part.SECTION, target.comparison(), section, null));
            }
            default -> ComparisonAdminPaths.comparison(target.comparison());
        };
    }

    private static String backLabel(Target target) {
        return switch (target.part()) {
            case FRAMEWORK -> "All frameworks";
            case COMPARISON -> "All comparisons";
            case CRITERION, NOTE, DISAGREEMENT -> "Back to the section";
            default -> "Back to the comparison";
        };
    }

    /** Where readers see the part. */
    private static String publicPath(Target target, PartRecords records) {
        if (target.part() == Part.FRAMEWORK) {
            return null;
        }
        String page = "/compare/" + target.comparison();
        if (target.creating()) {
            return page;
        }
        return switch (target.part()) {
            case SECTION -> page + "#" + target.key();
            case CRITERION, NOTE, DISAGREEMENT -> page + "#"
                    + Part.SECTION.localKey(text(records.get(target.part(), target.contentKey()), "section"));
            case BENCHMARK -> page + "#" + ComparisonFiles.PERFORMANCE;
            case USE_CASE -> page + "#" + ComparisonFiles.USE_CASES;
            case PRO_CON -> page + "#" + ComparisonFiles.PROS_AND_CONS;
            case MIGRATION_STEP -> page + "#" + ComparisonFiles.MIGRATION;
            default -> page;
        };
    }
}

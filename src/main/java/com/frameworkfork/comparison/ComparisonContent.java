package com.frameworkfork.comparison;

import java.util.Map;

import com.frameworkfork.content.ContentExporter;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentKind;
import com.frameworkfork.content.ContentWriter;
import com.frameworkfork.source.SourceService;
import org.springframework.stereotype.Component;

/**
 * The frameworks and comparisons as content: one {@link ContentKind} per {@link Part} (registered in
 * {@link ComparisonContentKinds}), all read from the same files, and their export as those files.
 */
@Component
class ComparisonContent implements ContentExporter {

    private final ComparisonStore store;
    private final SourceService sources;
    /** The last files read, so an import parses them once rather than once per part. */
    private ContentFiles lastFiles;
    private PartRecords lastShipped;

    ComparisonContent(ComparisonStore store, SourceService sources) {
        this.store = store;
        this.sources = sources;
    }

    synchronized PartRecords shipped(ContentFiles files) {
        if (files != lastFiles) {
            lastShipped = ComparisonFiles.read(files, sources.shippedCodes(files));
            lastFiles = files;
        }
        return lastShipped;
    }

    @Override
    public void export(ContentWriter files) {
        ComparisonFiles.write(store.current(), files);
    }

    ContentKind kind(Part part) {
        return new PartKind(part);
    }

    static String describe(Part part, String key, Map<String, Object> record) {
        String text = switch (part) {
            case FRAMEWORK -> "the framework " + record.get("name");
            case COMPARISON -> "the comparison " + record.get("title");
            case SECTION -> "the section " + record.get("title");
            case CRITERION -> "the row " + record.get("label");
            case VALUE -> "the " + record.get("framework") + " value of the row " + record.get("criterion");
            case NOTE -> "the note " + record.get("heading");
            case DISAGREEMENT -> "the disagreement " + record.get("topic");
            case BENCHMARK -> "the benchmark " + record.get("workload");
            case USE_CASE -> "the use case " + record.get("use-case");
            case PRO_CON -> ("pro".equals(record.get("kind")) ? "the strength " : "the weakness ") + record.get("statement");
            case MIGRATION_STEP -> "the migration step " + record.get("step");
        };
        return part == Part.FRAMEWORK || part == Part.COMPARISON || part == Part.CRITERION || part == Part.VALUE
                ? text : text + " (" + key.substring(0, key.replace('#', '/').indexOf('/')) + ")";
    }

    private final class PartKind implements ContentKind {

        private final Part part;

        PartKind(Part part) {
            this.part = part;
        }

        @Override
        public String name() {
            return part.kindName();
        }

        @Override
        public int order() {
            return part.order();
        }

        @Override
        public Map<String, Map<String, Object>> shipped(ContentFiles files) {
            return ComparisonContent.this.shipped(files).of(part);
        }

        @Override
        public Map<String, Map<String, Object>> current() {
            return store.current(part);
        }

        @Override
        public void write(String key, Map<String, Object> fields) {
            store.write(part, key, fields);
        }

        @Override
        public boolean remove(String key) {
            return store.remove(part, key);
        }

        @Override
        public String describe(String key, Map<String, Object> fields) {
            return ComparisonContent.describe(part, key, fields);
        }
    }
}

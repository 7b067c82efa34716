package com.frameworkfork.source;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.frameworkfork.content.ContentExporter;
import com.frameworkfork.content.ContentFile;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentKind;
import com.frameworkfork.content.ContentWriter;
import org.springframework.stereotype.Component;

/** The sources in {@code sources.yml}: imported first, since all other content cites them. */
@Component
class SourcesContent implements ContentKind, ContentExporter {

    static final String FILE = "sources.yml";

    private final SourceRepository sources;
    private final SourceCitationIndex citations;

    SourcesContent(SourceRepository sources, SourceCitationIndex citations) {
        this.sources = sources;
        this.citations = citations;
    }

    @Override
    public String name() {
        return "source";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<String, Map<String, Object>> shipped(ContentFiles files) {
        ContentFile file = files.required(FILE);
        SourcesFile parsed = file.yaml(SourcesFile.class);
        Map<String, Map<String, Object>> records = new LinkedHashMap<>();
        Map<String, String> codeByLabel = new HashMap<>();
        for (Entry entry : parsed.sources() == null ? List.<Entry>of() : parsed.sources()) {
            String where = "code: " + entry.code();
            SourceFields fields = new SourceFields(entry.code(), entry.label(), entry.title(), entry.publisher(),
                    entry.published(), entry.publishedLabel(), entry.checked(),
                    entry.kind() == null ? null : SourceKind.parse(entry.kind())
                            .orElseThrow(() -> file.problem(where, "kind must be primary, survey or secondary, not " + entry.kind())),
                    entry.licence(), entry.url(), entry.note());
            Map<String, String> problems = fields.problems();
            if (!problems.isEmpty()) {
                throw file.problem(where, "source " + entry.code() + ": " + String.join(" ", problems.values()));
            }
            if (records.put(entry.code(), fields.record()) != null) {
                throw file.problem(where, "the code " + entry.code() + " is used by two sources");
            }
            String sameLabel = codeByLabel.putIfAbsent(entry.label().toLowerCase(Locale.ROOT), entry.code());
            if (sameLabel != null) {
                throw file.problem(where, "source " + entry.code() + " has the label " + entry.label() + ", as "
                        + sameLabel + " has: readers could not tell the two apart");
            }
        }
        return records;
    }

    @Override
    public Map<String, Map<String, Object>> current() {
        Map<String, Map<String, Object>> records = new HashMap<>();
        sources.findAll().forEach(source -> records.put(source.getCode(), source.fields().record()));
        return records;
    }

    @Override
    public void write(String key, Map<String, Object> fields) {
        Source source = sources.findByCode(key).orElseGet(() -> new Source(key));
        source.change(SourceFields.of(fields));
        sources.save(source);
    }

    @Override
    public boolean remove(String key) {
        if (!citations.placesCiting(key).isEmpty()) {
            return false;
        }
        sources.findByCode(key).ifPresent(sources::delete);
        return true;
    }

    @Override
    public String describe(String key, Map<String, Object> fields) {
        return key + ": " + fields.get("title");
    }

    @Override
    public void export(ContentWriter files) {
        List<Map<String, Object>> all = sources.findAllByOrderByCodeAsc().stream().map(s -> s.fields().record()).toList();
        files.yaml(FILE, "Every source the site cites. kind: primary (official docs, release notes), survey, secondary (articles, blogs).",
                Map.of("sources", all));
    }

    record SourcesFile(List<Entry> sources) {
    }

    record Entry(String code, String label, String title, String publisher, LocalDate published, String publishedLabel,
                 LocalDate checked, String kind, String url, String licence, String note) {
    }
}

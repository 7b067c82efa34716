package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.frameworkfork.source.SourceCitations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static com.frameworkfork.comparison.PartRecords.codes;
import static com.frameworkfork.comparison.PartRecords.rows;
import static com.frameworkfork.comparison.PartRecords.text;

/** Comparisons and frameworks cite sources: such a source cannot be deleted while they do. */
@Component
class ComparisonCitations implements SourceCitations {

    private final ComparisonStore store;

    ComparisonCitations(ComparisonStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> placesCiting(String code) {
        PartRecords records = store.current();
        List<String> places = new ArrayList<>();
        for (Part part : Part.values()) {
            records.of(part).forEach((key, record) -> {
                if (cites(record, code)) {
                    places.add(place(records, part, key, record));
                }
            });
        }
        return places;
    }

    private static boolean cites(Map<String, Object> record, String code) {
        return code.equals(record.get("source")) || codes(record, "sources").contains(code)
                || rows(record, "sides").stream().anyMatch(side -> codes(side, "sources").contains(code));
    }

    /** "the Flask value of the row Sessions in Django vs Flask, point by point". */
    private static String place(PartRecords records, Part part, String key, Map<String, Object> record) {
        if (part == Part.FRAMEWORK) {
            return ComparisonContent.describe(part, key, record);
        }
        String described = ComparisonContent.describe(part, key, record);
        String comparison = key.contains("#") || key.contains("/") ? key.substring(0, key.replace('#', '/').indexOf('/')) : null;
        if (part == Part.VALUE) {
            Map<String, Object> framework = records.get(Part.FRAMEWORK, text(record, "framework"));
            Map<String, Object> criterion = records.get(Part.CRITERION, text(record, "criterion"));
            described = "the " + (framework == null ? text(record, "framework") : text(framework, "name"))
                    + " value of the row " + (criterion == null ? text(record, "criterion") : text(criterion, "label"));
            comparison = criterion == null ? null : text(criterion, "section").substring(0, text(criterion, "section").indexOf('#'));
        } else {
            described = described.replaceFirst(" \\([^()]*\\)$", "");
        }
        Map<String, Object> page = comparison == null ? null : records.get(Part.COMPARISON, comparison);
        return page == null ? described : described + " in " + text(page, "title");
    }
}

package com.frameworkfork.comparison;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.frameworkfork.content.ContentExport;
import com.frameworkfork.content.ContentFileException;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentImporter;
import com.frameworkfork.content.ContentKind;
import com.frameworkfork.content.ContentRecords;
import com.frameworkfork.source.SourceCitations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped frameworks and comparison files against the database: they import cleanly, fully and
 * idempotently, what the old seeding migration left and the files no longer ship is gone, a broken
 * file is named with its line, and the export reads back as the same records.
 */
// Its own application: it asserts the database holds exactly what the files ship and that an import
// writes nothing, which no longer holds once the shared application's tests have edited the comparison.
@SpringBootTest
@DirtiesContext
class ComparisonContentTest {

    private static final String COMPARISON_FILE = "comparisons/django-vs-flask.yml";

    @Autowired
    ContentImporter importer;

    @Autowired
    ContentExport export;

    @Autowired
    List<ContentKind> kinds;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<SourceCitations> citations;

    @Autowired
    PlatformTransactionManager transactions;

    /** The file read as plain YAML, independently of the importer's own reading. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> shippedComparison() {
        ObjectMapper yaml = new YAMLMapper();
        return yaml.readValue(ContentFiles.shipped().required(COMPARISON_FILE).text(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> shippedCriterionCodes() {
        Set<String> codes = new TreeSet<>();
        for (Map<String, Object> section : (List<Map<String, Object>>) shippedComparison().get("sections")) {
            for (Map<String, Object> criterion : (List<Map<String, Object>>) section.getOrDefault("criteria", List.of())) {
                codes.add((String) criterion.get("code"));
            }
        }
        return codes;
    }

    private static ContentFiles shippedWith(String path, String from, String to) {
        Map<String, String> texts = new HashMap<>(ContentFiles.shipped().texts());
        assertThat(texts.get(path)).as("the shipped %s contains %s", path, from).contains(from);
        texts.put(path, texts.get(path).replace(from, to));
        return new ContentFiles(texts);
    }

    private List<ContentKind> comparisonKinds() {
        return kinds.stream().filter(k -> k.order() == 20 || (k.order() >= 40 && k.order() <= 49)).toList();
    }

    @Test
    void theDatabaseHoldsExactlyTheShippedCriteriaAndSections() {
        assertThat(new TreeSet<>(jdbc.queryForList("SELECT code FROM criterion", String.class)))
                .isEqualTo(shippedCriterionCodes());
        @SuppressWarnings("unchecked")
        List<String> anchors = ((List<Map<String, Object>>) shippedComparison().get("sections")).stream()
                .map(s -> (String) s.get("anchor")).toList();
        assertThat(jdbc.queryForList("SELECT anchor FROM comparison_section ORDER BY position", String.class))
                .isEqualTo(anchors);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM criterion_value", Integer.class))
                .isEqualTo(2 * shippedCriterionCodes().size());
    }

    @Test
    void everyKindHoldsWhatTheFilesShipAndASecondImportWritesNothing() {
        ContentFiles shipped = ContentFiles.shipped();
        assertThat(comparisonKinds()).hasSize(11);
        for (ContentKind kind : comparisonKinds()) {
            Map<String, Map<String, Object>> files = kind.shipped(shipped);
            Map<String, Map<String, Object>> database = kind.current();
            assertThat(files).as(kind.name()).isNotEmpty();
            assertThat(database.keySet()).as(kind.name()).isEqualTo(files.keySet());
            files.forEach((key, record) -> assertThat(ContentRecords.json(database.get(key)))
                    .as("%s %s", kind.name(), key).isEqualTo(ContentRecords.json(record)));
        }

        ContentImporter.Report again = importer.importFiles(shipped);

        assertThat(again.written()).isZero();
        assertThat(again.removed()).isZero();
        assertThat(again.heldBack()).isZero();
    }

    @Test
    void aValueWithoutASourceIsRefusedWithItsFileAndLineAndNothingIsWritten() {
        Map<String, Object> before = jdbc.queryForMap("SELECT COUNT(*) AS n FROM criterion_value_source");
        ContentFiles broken = shippedWith(COMPARISON_FILE, "      sources: [django-licence]\n", "");

        assertThatThrownBy(() -> importer.importFiles(broken))
                .isInstanceOf(ContentFileException.class)
                .hasMessageContaining(COMPARISON_FILE)
                .hasMessageContaining("dvf-licence")
                .satisfies(e -> assertThat(((ContentFileException) e).line()).isPositive());
        assertThat(jdbc.queryForMap("SELECT COUNT(*) AS n FROM criterion_value_source")).isEqualTo(before);
    }

    @Test
    void aCitationOfAnUnknownSourceIsRefusedWithItsLine() {
        ContentFiles broken = shippedWith(COMPARISON_FILE, "sources: [django-licence]", "sources: [no-such-source]");

        assertThatThrownBy(() -> importer.importFiles(broken))
                .isInstanceOf(ContentFileException.class)
                .hasMessageContaining(COMPARISON_FILE)
                .satisfies(e -> assertThat(((ContentFileException) e).line()).isPositive());
    }

    @Test
    void aReleaseWithNeitherDateIsRefusedWithItsLine() {
        ContentFiles broken = shippedWith("frameworks.yml", "        expected: 2027-04-01\n", "");

        assertThatThrownBy(() -> importer.importFiles(broken))
                .isInstanceOf(ContentFileException.class)
                .hasMessageContaining("frameworks.yml")
                .satisfies(e -> assertThat(((ContentFileException) e).line()).isPositive());
    }

    @Test
    void aSourceTheComparisonCitesCannotBeRemovedAndTheEditorIsToldWhereItIsCited() {
        String code = jdbc.queryForObject("SELECT s.code FROM disagreement_side_source x JOIN source s ON s.id = x.source_id "
                + "FETCH FIRST 1 ROWS ONLY", String.class);
        ContentKind sources = kinds.stream().filter(k -> k.name().equals("source")).findFirst().orElseThrow();

        boolean removed = new TransactionTemplate(transactions).execute(status -> sources.remove(code));

        assertThat(removed).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source WHERE code = ?", Integer.class, code)).isOne();
        List<String> places = citations.stream().flatMap(c -> c.placesCiting(code).stream()).toList();
        assertThat(places).anyMatch(place -> place.startsWith("the disagreement ")
                && place.endsWith(jdbc.queryForObject("SELECT title FROM comparison", String.class)));
        assertThat(citations.stream().flatMap(c -> c.placesCiting("no-such-source").stream())).isEmpty();
    }

    @Test
    void theExportReadsBackAsTheSameRecords() {
        ContentFiles exported = ContentFiles.fromZip(export.zip());

        assertThat(exported.texts()).containsKeys("frameworks.yml", COMPARISON_FILE);
        for (ContentKind kind : comparisonKinds()) {
            Map<String, Map<String, Object>> reread = kind.shipped(exported);
            Map<String, Map<String, Object>> database = kind.current();
            assertThat(reread.keySet()).as(kind.name()).isEqualTo(database.keySet());
            database.forEach((key, record) -> assertThat(ContentRecords.json(reread.get(key)))
                    .as("%s %s", kind.name(), key).isEqualTo(ContentRecords.json(record)));
        }
        assertThat(importer.importFiles(exported).written()).isZero();
    }
}

package com.frameworkfork.site;

import java.util.HashMap;
import java.util.Map;

import com.frameworkfork.content.ContentFileException;
import com.frameworkfork.content.ContentFiles;
import com.frameworkfork.content.ContentImporter;
import com.frameworkfork.content.ContentReview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The importer against the shipped content files: idempotent, an editor's change always wins over a
 * shipped update, which is held back for the editor to take or refuse, and a broken file is named
 * with its line. Each test works on its own source record, so they do not disturb each other.
 */
@SpringBootTest
@DirtiesContext
class ContentImportTest {

    private static final String SOURCES = "sources.yml";

    @Autowired
    ContentImporter importer;

    @Autowired
    ContentReview review;

    @Autowired
    JdbcTemplate jdbc;

    private static ContentFiles shippedWith(String path, String from, String to) {
        Map<String, String> texts = new HashMap<>(ContentFiles.shipped().texts());
        String text = texts.get(path);
        assertThat(text).as("the shipped %s contains %s", path, from).contains(from);
        texts.put(path, text.replace(from, to));
        return new ContentFiles(texts);
    }

    private String title(String code) {
        return jdbc.queryForObject("SELECT title FROM source WHERE code = ?", String.class, code);
    }

    @Test
    void aSecondImportOfTheSameFilesChangesNothing() {
        ContentImporter.Report again = importer.importFiles(ContentFiles.shipped());

        assertThat(again.written()).isZero();
        assertThat(again.removed()).isZero();
        assertThat(again.heldBack()).isZero();
        assertThat(again.unchanged()).isPositive();
    }

    @Test
    void aShippedUpdateOfAnUntouchedRecordIsWritten() {
        ContentImporter.Report update = importer.importFiles(
                shippedWith(SOURCES, "title: Flask vs Django\n", "title: Flask vs Django, revised\n"));

        assertThat(update.written()).isPositive();
        assertThat(title("S3")).isEqualTo("Flask vs Django, revised");
    }

    @Test
    void anEditorsChangeWinsAndTheShippedUpdateWaitsForTheirChoice() {
        jdbc.update("UPDATE source SET title = 'Chosen by an editor' WHERE code = 'S4'");
        String shippedTitle = "title: \"Flask vs Django: Choosing the Right Framework for Your Project\"";
        ContentImporter.Report update = importer.importFiles(
                shippedWith(SOURCES, shippedTitle, "title: A shipped correction"));

        assertThat(update.heldBack()).isPositive();
        assertThat(title("S4")).isEqualTo("Chosen by an editor");
        ContentReview.HeldBack waiting = review.heldBack().stream().filter(h -> h.key().equals("S4")).findFirst().orElseThrow();
        assertThat(waiting.shipped()).contains("A shipped correction");
        assertThat(waiting.current()).contains("Chosen by an editor");

        review.takeShipped(waiting.id());

        assertThat(title("S4")).isEqualTo("A shipped correction");
        assertThat(review.heldBack()).noneMatch(h -> h.key().equals("S4"));
        importer.importFiles(shippedWith(SOURCES, shippedTitle, "title: A shipped correction"));
        assertThat(review.heldBack()).noneMatch(h -> h.key().equals("S4"));
    }

    @Test
    void keepingTheEditorsVersionSettlesThatShippedVersion() {
        jdbc.update("UPDATE source SET title = 'Kept by an editor' WHERE code = 'S2'");
        ContentFiles shipped = shippedWith(SOURCES, "title: \"Flask Versus Django: Which Python Framework Is Right for You?\"",
                "title: Another shipped title");
        importer.importFiles(shipped);
        ContentReview.HeldBack waiting = review.heldBack().stream().filter(h -> h.key().equals("S2")).findFirst().orElseThrow();

        review.keepCurrent(waiting.id());

        importer.importFiles(shipped);
        assertThat(review.heldBack()).noneMatch(h -> h.key().equals("S2"));
        assertThat(title("S2")).isEqualTo("Kept by an editor");
    }

    @Test
    void filesThatAlreadyHoldAnEditorsChangeNeitherRewriteNorHoldItBack() {
        jdbc.update("UPDATE source SET publisher = 'Corrected by an editor' WHERE code = 'S1'");

        importer.importFiles(shippedWith(SOURCES, "publisher: A decision-advisor blog\n", "publisher: Corrected by an editor\n"));

        assertThat(review.heldBack()).as("nothing to choose between").noneMatch(h -> h.key().equals("S1"));
        importer.importFiles(shippedWith(SOURCES, "publisher: A decision-advisor blog\n", "publisher: Corrected again\n"));
        assertThat(jdbc.queryForObject("SELECT publisher FROM source WHERE code = 'S1'", String.class))
                .as("the database holds what the files said, so the next shipped change applies")
                .isEqualTo("Corrected again");
    }

    @Test
    void aBrokenFileIsNamedWithItsLineAndNothingIsWritten() {
        String before = title("S1");
        ContentFiles broken = shippedWith(SOURCES, "kind: secondary\n", "kind: [not, a, kind\n");

        assertThatThrownBy(() -> importer.importFiles(broken))
                .isInstanceOf(ContentFileException.class)
                .hasMessageContaining(SOURCES)
                .satisfies(e -> assertThat(((ContentFileException) e).line()).isPositive());
        assertThat(title("S1")).isEqualTo(before);
    }
}

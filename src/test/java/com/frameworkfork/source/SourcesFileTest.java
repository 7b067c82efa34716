package com.frameworkfork.source;

import java.util.HashMap;
import java.util.Map;

import com.frameworkfork.content.ContentFileException;
import com.frameworkfork.content.ContentFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the back office applies to a source hold for the shipped sources file too. */
class SourcesFileTest {

    /** Reading and checking the file needs neither the database nor the features that cite sources. */
    private final SourcesContent sources = new SourcesContent(null, null);

    @Test
    void theShippedSourcesHaveOneLabelEach() {
        assertThat(sources.shipped(ContentFiles.shipped())).isNotEmpty();
    }

    @Test
    void twoSourcesWithOneLabelAreRefusedWithTheLineOfTheSecond() {
        Map<String, String> texts = new HashMap<>(ContentFiles.shipped().texts());
        String file = texts.get(SourcesContent.FILE);
        assertThat(file).contains("  - code: S2\n    label: S2\n");
        texts.put(SourcesContent.FILE, file.replace("  - code: S2\n    label: S2\n", "  - code: S2\n    label: s1\n"));

        assertThatThrownBy(() -> sources.shipped(new ContentFiles(texts)))
                .isInstanceOf(ContentFileException.class)
                .hasMessageContaining(SourcesContent.FILE)
                .hasMessageContaining("s1")
                .satisfies(e -> assertThat(((ContentFileException) e).line())
                        .isEqualTo(new ContentFiles(texts).required(SourcesContent.FILE).lineOf("code: S2")));
    }
}

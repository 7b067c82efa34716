package com.frameworkfork.home;

import java.util.HashMap;
import java.util.Map;

import com.frameworkfork.content.ContentFileException;
import com.frameworkfork.content.ContentFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the importer accepts as a site page, checked on the files alone. */
class SitePagesFileTest {

    /** Reading and checking the files needs neither the database nor the Markdown renderer. */
    private final SitePagesContent pages = new SitePagesContent(null, null);

    private static ContentFiles shippedWith(String path, String text) {
        Map<String, String> texts = new HashMap<>(ContentFiles.shipped().texts());
        texts.put(path, text);
        return new ContentFiles(texts);
    }

    private static String shipped(String path) {
        return ContentFiles.shipped().required(path).text();
    }

    @Test
    void everyShippedPageIsReadUnderItsFileName() {
        assertThat(pages.shipped(ContentFiles.shipped())).containsOnlyKeys(SitePages.SERVED);
    }

    @Test
    void aPageNoAddressServesIsRefused() {
        ContentFiles files = shippedWith("pages/terms.md", shipped("pages/privacy.md"));

        assertThatThrownBy(() -> pages.shipped(files)).isInstanceOf(ContentFileException.class)
                .hasMessageContaining("pages/terms.md");
    }

    @Test
    void aPageWithoutATitleIsRefusedWithItsFileAndLine() {
        String privacy = shipped("pages/privacy.md");
        ContentFiles files = shippedWith("pages/privacy.md", privacy.replaceFirst("title: [^\n]*\n", "title: \"\"\n"));

        assertThatThrownBy(() -> pages.shipped(files)).isInstanceOf(ContentFileException.class)
                .hasMessageContaining("pages/privacy.md")
                .satisfies(e -> assertThat(((ContentFileException) e).line()).isEqualTo(2));
    }

    @Test
    void theWeightsMarkerMustStandOnALineOfItsOwn() {
        String about = shipped("pages/about.md");
        assertThat(about).contains("\n" + SitePagesTest.MARKER + "\n");
        ContentFiles files = shippedWith("pages/about.md",
                about.replace("\n" + SitePagesTest.MARKER + "\n", "\nThe weights: " + SitePagesTest.MARKER + "\n"));

        assertThatThrownBy(() -> pages.shipped(files)).isInstanceOf(ContentFileException.class)
                .hasMessageContaining("pages/about.md");
    }
}

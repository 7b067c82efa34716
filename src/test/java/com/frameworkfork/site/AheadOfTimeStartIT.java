package com.frameworkfork.site;

import java.nio.file.Path;

import com.frameworkfork.support.SiteProcess;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's production start runs the code generated ahead of time, where Hibernate makes some
 * parts without Spring (the history's revision listener, for one). The site must start that way and
 * record a write a reader makes. It shares nothing with the browser tests (its own process, folder
 * and database), so it runs beside them like any other class.
 */
@Order(1)
class AheadOfTimeStartIT {

    @TempDir
    Path folder;

    @Test
    void theSiteStartsOnItsAheadOfTimeCodeAndTakesAWrite() throws Exception {
        try (SiteProcess site = SiteProcess.startAheadOfTime(folder, "--site.admin.password=an-aot-test-passphrase")) {
            assertThat(site.log()).contains("AOT-processed");
            assertThat(site.comment("security-defaults-compared", "Posted to the site started ahead of time."))
                    .isEqualTo(303);
        }
    }
}

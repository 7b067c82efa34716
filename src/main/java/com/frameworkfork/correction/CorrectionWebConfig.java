package com.frameworkfork.correction;

import com.frameworkfork.web.AdminScreen;
import com.frameworkfork.web.ReaderWrite;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CorrectionWebConfig {

    /** Limited and paused for maintenance like comments; the refusals come back to the form (see the controller). */
    @Bean
    ReaderWrite corrections(CorrectionProperties corrections) {
        return new ReaderWrite(CorrectionController.POST_PATH, corrections.perMinute(), true, false, false,
                "Back to the home page");
    }

    /**
     * Editors fix what suggestions point at, so the list is theirs (and administrators'); moderators look
     * after comments.
     */
    @Bean
    AdminScreen correctionsScreen() {
        return new AdminScreen(CorrectionQuery.PATH + "/**", CorrectionQuery.PATH, "Corrections", "EDITOR", 65);
    }
}

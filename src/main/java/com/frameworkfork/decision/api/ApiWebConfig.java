package com.frameworkfork.decision.api;

import com.frameworkfork.web.ReaderWrite;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API stays open during maintenance, like the quiz; its refusals are problem details, not pages. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfig {

    @Bean
    ReaderWrite apiVerdicts(ApiProperties api) {
        return new ReaderWrite("/api/v1/verdicts", api.verdictsPerMinute(), false, false, false, "Back to the home page");
    }
}

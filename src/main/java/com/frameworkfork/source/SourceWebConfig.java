package com.frameworkfork.source;

import com.frameworkfork.web.history.HistorySubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SourceWebConfig {

    @Bean
    HistorySubject<Source> sourceHistory(SourceService sources) {
        return HistorySubject.of("source", "Source", Source.class, "EDITOR", source -> source.getLabel() + ": " + source.getTitle())
                .restoredBy((id, version) -> sources.restore((Long) id, version))
                .field("publishedOn", "Publication date")
                .field("publishedLabel", "Publication date as described")
                .field("checkedOn", "Last checked");
    }
}

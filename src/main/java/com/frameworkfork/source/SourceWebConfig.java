package com.frameworkfork.source;

import com.frameworkfork.web.AdminScreen;
import com.frameworkfork.web.history.HistorySubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SourceWebConfig {

    @Bean
    AdminScreen sourcesScreen() {
        return new AdminScreen("/admin/sources/**", "/admin/sources", "Sources", "EDITOR", 30);
    }

    @Bean
    HistorySubject<Source> sourceHistory(SourceEditingService editing) {
        return HistorySubject.of("source", "Source", Source.class, "EDITOR", source -> source.getLabel() + ": " + source.getTitle())
                .editedAt(id -> "/admin/sources/" + id + "/edit")
                .restoredBy((id, version) -> editing.restore((Long) id, version))
                .field("publishedOn", "Publication date")
                .field("publishedLabel", "Publication date as described")
                .field("checkedOn", "Last checked");
    }
}

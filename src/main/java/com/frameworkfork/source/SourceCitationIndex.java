package com.frameworkfork.source;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Asks every feature that cites sources where one is cited, for the importer and the back office alike. */
@Component
class SourceCitationIndex {

    private final ObjectProvider<SourceCitations> citations;

    SourceCitationIndex(ObjectProvider<SourceCitations> citations) {
        this.citations = citations;
    }

    /** Readable places, feature by feature; empty when nothing cites the source. */
    List<String> placesCiting(String code) {
        return citations.orderedStream().flatMap(feature -> feature.placesCiting(code).stream()).toList();
    }
}

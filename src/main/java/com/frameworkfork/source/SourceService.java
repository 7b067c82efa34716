package com.frameworkfork.source;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sources the site cites, for the features whose content cites them. */
@Service
public class SourceService {

    private final SourceRepository sources;

    SourceService(SourceRepository sources) {
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public List<SourceView> all() {
        return sources.findAllByOrderByCodeAsc().stream().map(SourceView::of).toList();
    }

    /** The source to attach to something that cites it. */
    @Transactional(readOnly = true)
    public Optional<Source> byCode(String code) {
        return sources.findByCode(code);
    }
}

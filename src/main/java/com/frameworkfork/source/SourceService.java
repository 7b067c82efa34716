package com.frameworkfork.source;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.frameworkfork.content.ContentFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sources the site cites, for the features whose content cites them. */
@Service
public class SourceService {

    private final SourceRepository sources;
    private final SourcesContent content;

    SourceService(SourceRepository sources, SourcesContent content) {
        this.sources = sources;
        this.content = content;
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

    /** The sources with these codes, in the order given; codes that name no source are left out. */
    @Transactional(readOnly = true)
    public Set<Source> byCodes(Collection<String> codes) {
        List<Source> found = sources.findByCodeIn(codes);
        Set<Source> ordered = new LinkedHashSet<>();
        codes.forEach(code -> found.stream().filter(s -> s.getCode().equals(code)).findFirst().ifPresent(ordered::add));
        return ordered;
    }

    /** The codes the shipped sources file defines, so other content files can be checked against them. */
    public Set<String> shippedCodes(ContentFiles files) {
        return content.shipped(files).keySet();
    }
}

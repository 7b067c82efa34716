package com.frameworkfork.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

import com.frameworkfork.content.ContentVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.EscapeCharacter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * The rules for keeping sources from the back office: the same checks as the content files, one
 * source per code and per label, and no deleting a source something still cites. Every change
 * raises the content version, so each instance drops what it assembled from the old sources.
 */
@Service
class SourceEditingService {

    static final int PAGE_SIZE = 50;
    static final int QUERY_LIMIT = 200;
    /** Far beyond any real list; keeps the row offset of a made-up page number within what a query can skip. */
    private static final int LAST_PAGE_ASKED = 100_000;
    private static final List<String> SEARCHED = List.of("code", "label", "title", "publisher", "url", "note");
    private static final Sort BY_CODE = Sort.by(Sort.Order.asc("code").ignoreCase());

    private final SourceRepository sources;
    private final SourceCitationIndex citations;
    private final ContentVersion contentVersion;
    private final ApplicationEventPublisher events;

    SourceEditingService(SourceRepository sources, SourceCitationIndex citations, ContentVersion contentVersion,
                         ApplicationEventPublisher events) {
        this.sources = sources;
        this.citations = citations;
        this.contentVersion = contentVersion;
        this.events = events;
    }

    /** The sources whose text contains {@code query} (any case), of one kind or all, sorted by code. */
    @Transactional(readOnly = true)
    public SourceList list(String query, String kindValue, int page) {
        String text = query == null || query.isBlank() ? null : query.strip();
        if (text != null && text.length() > QUERY_LIMIT) {
            text = text.substring(0, QUERY_LIMIT);
        }
        SourceKind kind = kindValue == null ? null : SourceKind.parse(kindValue).orElse(null);
        Specification<Source> matching = matching(text, kind);
        int wanted = Math.min(Math.max(1, page), LAST_PAGE_ASKED);
        Page<Source> found = sources.findAll(matching, PageRequest.of(wanted - 1, PAGE_SIZE, BY_CODE));
        if (found.isEmpty() && found.getTotalPages() > 0) {
            wanted = found.getTotalPages();
            found = sources.findAll(matching, PageRequest.of(wanted - 1, PAGE_SIZE, BY_CODE));
        }
        return new SourceList(found.map(SourceAdminRow::of).getContent(), text, kind, wanted,
                Math.max(1, found.getTotalPages()), found.getTotalElements(), PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public SourceEditor blank() {
        return new SourceEditor(null, new SourceForm());
    }

    @Transactional(readOnly = true)
    public SourceEditor edit(long id) {
        return new SourceEditor(id, SourceForm.of(load(id)));
    }

    /**
     * Creates ({@code id} null) or updates a source. Problems are added to {@code errors}, which may
     * already hold the form's conversion errors, and the editor is handed back to show them. Content
     * files cite a source by its code, so an existing source keeps the code it has.
     */
    @Transactional
    public SourceSaveResult save(Long id, SourceForm form, Errors errors) {
        Source existing = id == null ? null : load(id);
        if (existing != null) {
            form.setCode(existing.getCode());
        }
        SourceFields fields = form.fields();
        for (Map.Entry<String, String> problem : fields.problems().entrySet()) {
            if (!errors.hasFieldErrors(problem.getKey())) {
                errors.rejectValue(problem.getKey(), "invalid", problem.getValue());
            }
        }
        if (existing == null && !errors.hasFieldErrors("code") && sources.existsByCode(fields.code())) {
            errors.rejectValue("code", "taken", "Another source already uses this code; choose a different one.");
        }
        if (!errors.hasFieldErrors("label") && (existing == null ? sources.existsByLabelIgnoreCase(fields.label())
                : sources.existsByLabelIgnoreCaseAndIdNot(fields.label(), existing.getId()))) {
            errors.rejectValue("label", "taken", "Another source already has this label, so readers could not tell "
                    + "the two apart; choose a different one.");
        }
        if (errors.hasErrors()) {
            return SourceSaveResult.rejected(new SourceEditor(id, form));
        }
        Source source = existing == null ? new Source(fields.code()) : existing;
        source.change(fields);
        Source saved = sources.save(source);
        changed(saved.getCode());
        return SourceSaveResult.saved(saved.getId());
    }

    /** Saves an older version of the source as if an editor had typed it in again; the problems if it is refused. */
    @Transactional
    public List<String> restore(long id, Source version) {
        SourceForm form = SourceForm.of(version);
        Errors errors = new BeanPropertyBindingResult(form, "sourceForm");
        save(id, form, errors);
        return errors.getAllErrors().stream().map(MessageSourceResolvable::getDefaultMessage).toList();
    }

    /** What deleting this source would mean: allowed only when nothing cites it. */
    @Transactional(readOnly = true)
    public SourceDeletion deletion(long id) {
        Source source = load(id);
        return new SourceDeletion(source.getId(), source.getCode(), source.getLabel(), source.getTitle(),
                citations.placesCiting(source.getCode()), false);
    }

    /**
     * Deletes the source unless something cites it, and returns what was decided. Content that refers
     * to the source without a feature naming the place still stops the deletion: the database refuses it
     * with a {@link org.springframework.dao.DataIntegrityViolationException}, and nothing changes.
     */
    @Transactional
    public SourceDeletion delete(long id) {
        SourceDeletion deletion = deletion(id);
        if (deletion.allowed()) {
            sources.delete(load(id));
            sources.flush();
            changed(deletion.code());
        }
        return deletion;
    }

    private void changed(String code) {
        contentVersion.bump();
        events.publishEvent(new SourcesChanged(code));
    }

    private Source load(long id) {
        return sources.findById(id).orElseThrow(() -> new SourceNotFoundException(id));
    }

    private static Specification<Source> matching(String text, SourceKind kind) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            if (text != null) {
                EscapeCharacter escape = EscapeCharacter.DEFAULT;
                String pattern = "%" + escape.escape(text.toLowerCase(Locale.ROOT)) + "%";
                all.add(cb.or(SEARCHED.stream()
                        .map(field -> cb.like(cb.lower(root.get(field)), pattern, escape.getEscapeCharacter()))
                        .toArray(Predicate[]::new)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}

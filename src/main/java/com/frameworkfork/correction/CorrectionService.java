package com.frameworkfork.correction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Takes readers' suggestions for the pages other features publish and keeps them for editors. A
 * suggestion is stored in one plain transaction, committed before the reader is told it arrived, and
 * is never shown on a public page.
 */
@Service
class CorrectionService {

    private static final Logger log = LoggerFactory.getLogger(CorrectionService.class);
    static final int PAGE_SIZE = 25;
    private static final int MAX_PAGE_LENGTH = 200;
    private static final int MAX_PART_LENGTH = 120;

    private final List<CorrectableContent> content;
    private final CorrectionSuggestionRepository suggestions;
    private final Validator validator;
    private final Clock clock;

    CorrectionService(List<CorrectableContent> content, CorrectionSuggestionRepository suggestions,
                      Validator validator, Clock clock) {
        this.content = content;
        this.suggestions = suggestions;
        this.validator = validator;
        this.clock = clock;
    }

    /** The public page (and part) a suggestion may be about; anything no feature publishes is not found. */
    @Transactional(readOnly = true)
    public CorrectionSubject subject(String page, String part) {
        return find(page, part).orElseThrow(() -> new CorrectionSubjectNotFoundException(page, part));
    }

    @Transactional(readOnly = true)
    public Optional<CorrectionSubject> find(String page, String part) {
        String wholePart = part == null || part.isBlank() ? null : part;
        if (page == null || page.isBlank() || page.length() > MAX_PAGE_LENGTH
                || (wholePart != null && wholePart.length() > MAX_PART_LENGTH)) {
            return Optional.empty();
        }
        return content.stream().map(feature -> feature.titleOf(page, wholePart)).flatMap(Optional::stream)
                .findFirst()
                .map(title -> new CorrectionSubject(page, wholePart, title));
    }

    /**
     * Stores a valid suggestion about a public page. A filled-in honeypot gets the same answer as
     * success, so a bot learns nothing, but nothing is stored.
     */
    @Transactional
    public CorrectionSubmission submit(CorrectionForm form) {
        CorrectionSubject subject = subject(form.getPage(), form.getPart());
        if (form.isFromBot()) {
            log.info("Dropped a correction for '{}' whose honeypot field was filled in.", subject.page());
            return new CorrectionSubmission.Accepted(sentPath(subject));
        }
        Set<ConstraintViolation<CorrectionForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            return new CorrectionSubmission.Rejected(subject, form, firstMessagePerField(violations));
        }
        suggestions.save(new CorrectionSuggestion(subject, form.getProblem().strip(), form.getLink(), now()));
        return new CorrectionSubmission.Accepted(sentPath(subject));
    }

    /** One page of the suggestions in one state, newest first. */
    @Transactional(readOnly = true)
    public CorrectionQueue queue(CorrectionQuery query) {
        Page<CorrectionSuggestion> page = find(query, query.page());
        if (page.getNumber() >= page.getTotalPages() && page.getTotalPages() > 0) {
            page = find(query, page.getTotalPages());
        }
        return new CorrectionQueue(query, page, suggestions.countByDoneAtIsNull());
    }

    /** Marks open suggestions done, or done ones open again; returns how many changed. */
    @Transactional
    public int mark(List<Long> ids, boolean done, String editor) {
        return done ? suggestions.markDone(ids, editor, now()) : suggestions.reopen(ids);
    }

    private Page<CorrectionSuggestion> find(CorrectionQuery query, int number) {
        PageRequest request = PageRequest.of(number - 1, PAGE_SIZE,
                Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id")));
        return query.done() ? suggestions.findByDoneAtIsNotNull(request) : suggestions.findByDoneAtIsNull(request);
    }

    private static String sentPath(CorrectionSubject subject) {
        return UriComponentsBuilder.fromPath("/corrections/sent").queryParam("page", subject.page())
                .queryParamIfPresent("part", Optional.ofNullable(subject.part())).encode().build().toUriString();
    }

    private static Map<String, String> firstMessagePerField(Set<ConstraintViolation<CorrectionForm>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        // Sorted, so that a field breaking two rules shows the same message every time.
        violations.stream()
                .sorted((a, b) -> a.getMessage().compareTo(b.getMessage()))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

package com.frameworkfork.comment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The back office's view of comments across the site: hide, show again, delete. */
@Service
public class CommentModerationService {

    private final CommentRepository comments;
    private final ApplicationEventPublisher events;

    public CommentModerationService(CommentRepository comments, ApplicationEventPublisher events) {
        this.comments = comments;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ModeratedComment> newest(int limit) {
        return comments.findNewestForModeration(PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public CommentTotals totals() {
        return new CommentTotals(comments.count(), comments.countByHiddenTrue());
    }

    /** Comments posted per day (UTC) from {@code from} on, hidden ones included; days without comments are left out. */
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> postedPerDay(LocalDate from) {
        Map<LocalDate, Long> days = new TreeMap<>();
        comments.countPerDaySince(from.atStartOfDay()).forEach(d -> days.put(d.day(), d.comments()));
        return days;
    }

    /** Hidden comments vanish from their article's thread and count, but can be shown again. */
    @Transactional
    public void setHidden(long id, boolean hidden) {
        comments.findById(id).orElseThrow(() -> new CommentNotFoundException(id)).setHidden(hidden);
        events.publishEvent(new CommentsModerated());
    }

    @Transactional
    public void delete(long id) {
        comments.delete(comments.findById(id).orElseThrow(() -> new CommentNotFoundException(id)));
        events.publishEvent(new CommentsModerated());
    }
}

package com.frameworkfork.comment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.frameworkfork.web.Pagination;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The back office's view of comments across the site: the queue, approve, hide, show again, delete. */
@Service
public class CommentModerationService {

    private final CommentRepository comments;
    private final ApplicationEventPublisher events;

    public CommentModerationService(CommentRepository comments, ApplicationEventPublisher events) {
        this.comments = comments;
        this.events = events;
    }

    /** One page of the queue, held comments first; a page past the end shows the last one. */
    @Transactional(readOnly = true)
    public CommentQueue queue(CommentQuery query) {
        Page<Comment> page = comments.findAll(query.filter(), PageRequest.of(query.page() - 1, CommentQuery.PAGE_SIZE));
        if (page.getTotalPages() > 0 && query.page() > page.getTotalPages()) {
            query = query.onPage(page.getTotalPages());
            page = comments.findAll(query.filter(), PageRequest.of(query.page() - 1, CommentQuery.PAGE_SIZE));
        }
        CommentQuery shown = query;
        return new CommentQueue(shown, page.map(ModeratedComment::of).getContent(),
                Pagination.of(page, number -> shown.onPage(number).href()), comments.findCommentedArticles(),
                comments.countByState(CommentState.HELD));
    }

    /** The comments with these ids, as a confirmation page lists them; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<ModeratedComment> chosen(List<Long> ids) {
        return comments.findAllByIdIn(ids).stream().map(ModeratedComment::of).toList();
    }

    @Transactional(readOnly = true)
    public CommentTotals totals() {
        return new CommentTotals(comments.count(), comments.countByState(CommentState.HIDDEN),
                comments.countByState(CommentState.HELD));
    }

    /** Comments posted per day (UTC) from {@code from} on, hidden ones included; days without comments are left out. */
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> postedPerDay(LocalDate from) {
        Map<LocalDate, Long> days = new TreeMap<>();
        comments.countPerDaySince(from.atStartOfDay()).forEach(d -> days.put(d.day(), d.comments()));
        return days;
    }

    /** Hidden comments vanish from their article's thread and count; showing one, or approving a held one, brings it in. */
    @Transactional
    public void setHidden(long id, boolean hidden) {
        moderate(id, hidden ? CommentState.HIDDEN : CommentState.VISIBLE);
    }

    /** Puts a comment in the state an older version of it had, held for review included. */
    @Transactional
    void moderate(long id, CommentState state) {
        comments.findById(id).orElseThrow(() -> new CommentNotFoundException(id)).moderate(state);
        events.publishEvent(new CommentsModerated());
    }

    @Transactional
    public void delete(long id) {
        comments.delete(comments.findById(id).orElseThrow(() -> new CommentNotFoundException(id)));
        events.publishEvent(new CommentsModerated());
    }

    /** Does the same to every chosen comment that still exists; returns how many that was. */
    @Transactional
    public int apply(BulkAction action, List<Long> ids) {
        List<Comment> chosen = comments.findAllById(ids);
        switch (action) {
            case APPROVE -> chosen.forEach(comment -> comment.moderate(CommentState.VISIBLE));
            case HIDE -> chosen.forEach(comment -> comment.moderate(CommentState.HIDDEN));
            case DELETE -> comments.deleteAll(chosen);
        }
        events.publishEvent(new CommentsModerated());
        return chosen.size();
    }
}

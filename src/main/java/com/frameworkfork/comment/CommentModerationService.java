package com.frameworkfork.comment;

import java.util.List;

import com.frameworkfork.site.PageCache;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The back office's view of comments across the site: hide, show again, delete. */
@Service
public class CommentModerationService {

    private final CommentRepository comments;
    private final PageCache pageCache;

    public CommentModerationService(CommentRepository comments, PageCache pageCache) {
        this.comments = comments;
        this.pageCache = pageCache;
    }

    @Transactional(readOnly = true)
    public List<ModeratedComment> newest(int limit) {
        return comments.findNewestForModeration(PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public CommentTotals totals() {
        return new CommentTotals(comments.count(), comments.countByHiddenTrue());
    }

    /** Hidden comments vanish from their article's thread and count, but can be shown again. */
    @Transactional
    public void setHidden(long id, boolean hidden) {
        comments.findById(id).orElseThrow(() -> new CommentNotFoundException(id)).setHidden(hidden);
        pageCache.evictAll();
    }

    @Transactional
    public void delete(long id) {
        comments.delete(comments.findById(id).orElseThrow(() -> new CommentNotFoundException(id)));
        pageCache.evictAll();
    }
}

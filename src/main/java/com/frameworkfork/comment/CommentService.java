package com.frameworkfork.comment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.frameworkfork.article.Article;
import com.frameworkfork.article.ArticleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reader comments: posting one, and the thread shown under an article. */
@Service
class CommentService {

    /** Enough for any real discussion; keeps one page bounded if an article draws thousands. */
    static final int SHOWN_PER_ARTICLE = 200;

    private static final Logger log = LoggerFactory.getLogger(CommentService.class);

    private final CommentRepository comments;
    private final ArticleService articles;
    private final EntityManager entityManager;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CommentRepository comments, ArticleService articles, EntityManager entityManager,
                   Validator validator, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.comments = comments;
        this.articles = articles;
        this.entityManager = entityManager;
        this.validator = validator;
        this.events = events;
    }

    /**
     * Stores a valid comment on a published article. A filled-in honeypot gets the same answer as
     * success, so a bot learns nothing, but nothing is stored.
     */
    @Transactional
    public CommentSubmission submit(String slug, CommentForm form) {
        long articleId = articles.publishedId(slug);
        if (form.isFromBot()) {
            log.info("Dropped a comment on '{}' whose honeypot field was filled in.", slug);
            return new CommentSubmission.Accepted("/articles/" + slug + "#comments");
        }
        Set<ConstraintViolation<CommentForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            CommentDraft draft = new CommentDraft(form.getName(), form.getBody(),
                    messageFor("name", violations), messageFor("body", violations));
            return new CommentSubmission.Rejected(articles.read(slug, false), draft);
        }
        Comment comment = new Comment(entityManager.getReference(Article.class, articleId),
                PlainText.Kind.DISPLAY_NAME.normalize(form.getName()), PlainText.Kind.COMMENT_BODY.normalize(form.getBody()),
                LocalDateTime.now(clock));
        long id = comments.save(comment).getId();
        events.publishEvent(new CommentPosted(slug));
        return new CommentSubmission.Accepted("/articles/" + slug + "#comment-" + id);
    }

    /** The visible comments and their count, read together so the page never shows a mismatch. */
    @Transactional(readOnly = true)
    public CommentThread thread(long articleId) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<CommentView> shown = comments.findVisibleNewestFirst(articleId, PageRequest.of(0, SHOWN_PER_ARTICLE))
                .stream()
                .map(c -> new CommentView(c.getId(), c.getAuthorName(), c.getBody(),
                        // HTML's datetime allows at most three fraction digits; seconds are plenty here.
                        c.getCreatedAt().toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(),
                        RelativeTime.describe(c.getCreatedAt(), now)))
                .toList();
        return new CommentThread(comments.countVisible(articleId), shown);
    }

    private static String messageFor(String field, Set<ConstraintViolation<CommentForm>> violations) {
        return violations.stream()
                .filter(v -> v.getPropertyPath().toString().equals(field))
                .map(ConstraintViolation::getMessage)
                .findFirst()
                .orElse(null);
    }
}

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

/** Reader comments: posting one, the thread shown under an article, and a held comment shown to its author. */
@Service
class CommentService {

    /** Enough for any real discussion; keeps one page bounded if an article draws thousands. */
    static final int SHOWN_PER_ARTICLE = 200;

    /** Where on the page the author of a held comment finds it. */
    static final String HELD_ANCHOR = "comment-held";

    private static final Logger log = LoggerFactory.getLogger(CommentService.class);

    private final CommentRepository comments;
    private final ArticleService articles;
    private final EntityManager entityManager;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CommentProperties settings;

    CommentService(CommentRepository comments, ArticleService articles, EntityManager entityManager,
                   Validator validator, ApplicationEventPublisher events, Clock clock, CommentProperties settings) {
        this.clock = clock;
        this.settings = settings;
        this.comments = comments;
        this.articles = articles;
        this.entityManager = entityManager;
        this.validator = validator;
        this.events = events;
    }

    /**
     * Stores a valid comment on a public article, shown at once or held for review as
     * {@code site.comments.moderation} says. A held comment's author is sent to an address of their own
     * that shows it to them. A filled-in honeypot gets the same answer as success, so a bot learns
     * nothing, but nothing is stored.
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
        String body = PlainText.Kind.COMMENT_BODY.normalize(form.getBody());
        boolean held = settings.moderation().holds(body);
        Comment comment = comments.save(new Comment(entityManager.getReference(Article.class, articleId),
                PlainText.Kind.DISPLAY_NAME.normalize(form.getName()), body, now(), held));
        if (held) {
            return new CommentSubmission.Accepted(heldPath(slug, comment.getAuthorKey()) + "#" + HELD_ANCHOR);
        }
        events.publishEvent(new CommentPosted(slug));
        return new CommentSubmission.Accepted("/articles/" + slug + "#comment-" + comment.getId());
    }

    /**
     * What the address a held comment's author was sent to shows: the article with their comment while
     * it waits, the comment in the thread once approved, the plain article otherwise (hidden, deleted, or
     * an address nobody was given), so the address tells a stranger nothing.
     */
    @Transactional(readOnly = true)
    public HeldComment held(String slug, String key) {
        long articleId = articles.publishedId(slug);
        Comment comment = comments.findByAuthorKey(key)
                .filter(found -> found.getArticle().getId() == articleId)
                .orElse(null);
        if (comment == null || comment.getState() == CommentState.HIDDEN) {
            return new HeldComment.Elsewhere("/articles/" + slug);
        }
        if (comment.getState() == CommentState.VISIBLE) {
            return new HeldComment.Elsewhere("/articles/" + slug + "#comment-" + comment.getId());
        }
        return new HeldComment.Waiting(articles.read(slug, false), view(comment, now()));
    }

    static String heldPath(String slug, String key) {
        return "/articles/" + slug + "/held/" + key;
    }

    /** The visible comments and their count, read together so the page never shows a mismatch. */
    @Transactional(readOnly = true)
    public CommentThread thread(long articleId) {
        LocalDateTime now = now();
        List<CommentView> shown = comments.findVisibleNewestFirst(articleId, PageRequest.of(0, SHOWN_PER_ARTICLE))
                .stream()
                .map(c -> view(c, now))
                .toList();
        return new CommentThread(comments.countVisible(articleId), shown, settings.moderation());
    }

    private static CommentView view(Comment comment, LocalDateTime now) {
        return new CommentView(comment.getId(), comment.getAuthorName(), comment.getBody(),
                // HTML's datetime allows at most three fraction digits; seconds are plenty here.
                comment.getCreatedAt().toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(),
                RelativeTime.describe(comment.getCreatedAt(), now));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String messageFor(String field, Set<ConstraintViolation<CommentForm>> violations) {
        return violations.stream()
                .filter(v -> v.getPropertyPath().toString().equals(field))
                .map(ConstraintViolation::getMessage)
                .findFirst()
                .orElse(null);
    }
}

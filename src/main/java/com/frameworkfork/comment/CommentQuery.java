package com.frameworkfork.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the moderation queue is asked to show, read leniently from its address: an unknown state means
 * any, a page past the end the last page. Held comments come first, then the newest.
 *
 * @param text    words to find in comments or their authors' names, or empty
 * @param state   the state to show, or null for all
 * @param article the slug of the article the comments are under, or null for all
 * @param page    from 1
 */
record CommentQuery(String text, CommentState state, String article, int page) {

    static final String PATH = "/admin/comments";
    static final int PAGE_SIZE = 25;
    private static final int MAX_TEXT = 200;
    private static final char LIKE_ESCAPE = '!';

    static CommentQuery of(String text, String state, String article, String page) {
        String words = text == null ? "" : text.strip();
        return new CommentQuery(words.length() > MAX_TEXT ? words.substring(0, MAX_TEXT) : words,
                CommentState.ofCode(state), article == null || article.isBlank() ? null : article, pageNumber(page));
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page == null ? "1" : page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    CommentQuery onPage(int number) {
        return new CommentQuery(text, state, article, number);
    }

    public boolean isFiltered() {
        return !text.isEmpty() || state != null || article != null;
    }

    /** The queue's address for this query; the defaults are left out. */
    String href() {
        return hrefAt(PATH);
    }

    /** Another back-office address that comes back to this query, such as a comment's delete page. */
    String hrefAt(String path) {
        return uri(path).encode().build().toUriString();
    }

    /** The queue's address with a report of what was just done, such as {@code done=approved&count=3}. */
    String hrefReporting(BulkAction done, int count) {
        return uri(PATH).queryParam("done", done.code()).queryParam("count", count).encode().build().toUriString();
    }

    private UriComponentsBuilder uri(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (!text.isEmpty()) {
            uri.queryParam("q", text);
        }
        if (state != null) {
            uri.queryParam("state", state.code());
        }
        if (article != null) {
            uri.queryParam("article", article);
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri;
    }

    /** The comments this query selects, held first, then newest first. */
    Specification<Comment> filter() {
        return (comment, query, criteria) -> {
            List<Predicate> all = new ArrayList<>();
            if (!text.isEmpty()) {
                String like = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
                all.add(criteria.or(criteria.like(criteria.lower(comment.get("body")), like, LIKE_ESCAPE),
                        criteria.like(criteria.lower(comment.get("authorName")), like, LIKE_ESCAPE)));
            }
            if (state != null) {
                all.add(criteria.equal(comment.get("state"), state));
            }
            if (article != null) {
                all.add(criteria.equal(comment.get("article").get("slug"), article));
            }
            // The count of a page is asked with this filter too, and a count has no order.
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                query.orderBy(criteria.asc(criteria.selectCase().when(criteria.equal(comment.get("state"), CommentState.HELD), 0)
                                .otherwise(1)),
                        criteria.desc(comment.get("createdAt")), criteria.desc(comment.get("id")));
            }
            return criteria.and(all.toArray(Predicate[]::new));
        };
    }

    /** Makes the moderator's {@code %} and {@code _} match themselves rather than act as LIKE wildcards. */
    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

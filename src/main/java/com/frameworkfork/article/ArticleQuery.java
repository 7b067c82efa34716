package com.frameworkfork.article;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the back office's article list is asked to show, read leniently from its address: an unknown
 * state or order means none, a page past the end the last page.
 *
 * @param text     words to find in titles and summaries, or empty
 * @param state    the state to show, or null for all
 * @param category a category slug, or null for all
 * @param page     from 1
 */
record ArticleQuery(String text, ArticleState state, String category, ArticleSort sort, int page) {

    static final String PATH = "/admin/articles";
    static final int PAGE_SIZE = 25;
    private static final int MAX_TEXT = 200;

    static ArticleQuery of(String text, String state, String category, String sort, String page) {
        return new ArticleQuery(normalise(text), ArticleState.ofCode(state),
                category == null || category.isBlank() ? null : category, ArticleSort.ofCode(sort), pageNumber(page));
    }

    static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page == null ? "1" : page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    ArticleQuery onPage(int number) {
        return new ArticleQuery(text, state, category, sort, number);
    }

    /** The list's address for this query; the defaults are left out. */
    String href() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        if (!text.isEmpty()) {
            uri.queryParam("q", text);
        }
        if (state != null) {
            uri.queryParam("state", state.code());
        }
        if (category != null) {
            uri.queryParam("category", category);
        }
        if (sort != ArticleSort.NEWEST) {
            uri.queryParam("sort", sort.code());
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    /** The articles this query selects, by the site's clock {@code now} for the scheduled and published ones. */
    Specification<Article> filter(LocalDateTime now) {
        return (article, query, criteria) -> {
            List<Predicate> all = new ArrayList<>();
            if (!text.isEmpty()) {
                String like = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
                all.add(criteria.or(criteria.like(criteria.lower(article.get("title")), like, '!'),
                        criteria.like(criteria.lower(article.get("summary")), like, '!')));
            }
            if (state == ArticleState.DRAFT) {
                all.add(criteria.isFalse(article.get("published")));
            } else if (state == ArticleState.SCHEDULED) {
                all.add(criteria.isTrue(article.get("published")));
                all.add(criteria.greaterThan(article.get("publishAt"), now));
            } else if (state == ArticleState.PUBLISHED) {
                all.add(criteria.isTrue(article.get("published")));
                all.add(criteria.lessThanOrEqualTo(article.get("publishAt"), now));
            }
            if (category != null) {
                all.add(criteria.equal(article.get("category").get("slug"), category));
            }
            return criteria.and(all.toArray(Predicate[]::new));
        };
    }

    /** Trims and cuts to {@link #MAX_TEXT} characters without splitting a surrogate pair. */
    private static String normalise(String text) {
        String query = text == null ? "" : text.strip();
        if (query.length() > MAX_TEXT) {
            int end = Character.isHighSurrogate(query.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
            query = query.substring(0, end).strip();
        }
        return query;
    }

    /** Makes the editor's {@code %} and {@code _} match themselves rather than act as LIKE wildcards. */
    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == '!') {
                escaped.append('!');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

package com.frameworkfork.article;

import java.util.Locale;

import org.springframework.data.domain.Sort;

/** The orders the back office's article list offers; ties go to the article written last. */
enum ArticleSort {

    NEWEST("Newest first", Sort.by(Sort.Order.desc("publishAt"), Sort.Order.desc("id"))),
    OLDEST("Oldest first", Sort.by(Sort.Order.asc("publishAt"), Sort.Order.asc("id"))),
    TITLE("Title, A to Z", Sort.by(Sort.Order.asc("title").ignoreCase(), Sort.Order.desc("id"))),
    VIEWS("Most read first", Sort.by(Sort.Order.desc("viewCount"), Sort.Order.desc("id")));

    private final String label;
    private final Sort sort;

    ArticleSort(String label, Sort sort) {
        this.label = label;
        this.sort = sort;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Sort sort() {
        return sort;
    }

    /** The order a list address names; the default, newest first, for anything else. */
    static ArticleSort ofCode(String code) {
        for (ArticleSort sort : values()) {
            if (sort.code().equals(code)) {
                return sort;
            }
        }
        return NEWEST;
    }
}

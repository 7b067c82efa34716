package com.frameworkfork.article;

/** What another feature needs to link to an article by its id: the address and the title it has now. */
public record ArticleLink(long id, String slug, String title, boolean published) {

    public String path() {
        return "/articles/" + slug;
    }
}

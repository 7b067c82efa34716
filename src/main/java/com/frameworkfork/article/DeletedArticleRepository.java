package com.frameworkfork.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeletedArticleRepository extends JpaRepository<DeletedArticle, String> {

    @Query("select d.slug from DeletedArticle d where d.slug like concat(:stem, '%')")
    List<String> findSlugsStartingWith(@Param("stem") String stem);

    /** A new article takes the slug: its address answers with that article from now on. */
    @Modifying
    @Query("delete from DeletedArticle d where d.slug = :slug")
    void forget(@Param("slug") String slug);
}

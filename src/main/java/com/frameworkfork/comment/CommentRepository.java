package com.frameworkfork.comment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommentRepository extends JpaRepository<Comment, Long>, JpaSpecificationExecutor<Comment> {

    @Query("select c from Comment c where c.article.id = :articleId "
            + "and c.state = com.frameworkfork.comment.CommentState.VISIBLE order by c.createdAt desc, c.id desc")
    List<Comment> findVisibleNewestFirst(@Param("articleId") long articleId, Pageable page);

    @Query("select count(c) from Comment c where c.article.id = :articleId "
            + "and c.state = com.frameworkfork.comment.CommentState.VISIBLE")
    long countVisible(@Param("articleId") long articleId);

    /** A page of the moderation queue; the article is fetched with each comment. */
    @Override
    @EntityGraph(attributePaths = "article")
    Page<Comment> findAll(Specification<Comment> filter, Pageable page);

    @EntityGraph(attributePaths = "article")
    List<Comment> findAllByIdIn(List<Long> ids);

    @Query("select c from Comment c join fetch c.article where c.authorKey = :key")
    Optional<Comment> findByAuthorKey(@Param("key") String key);

    @Query("select distinct new com.frameworkfork.comment.CommentedArticle(a.slug, a.title) "
            + "from Comment c join c.article a order by a.title")
    List<CommentedArticle> findCommentedArticles();

    long countByState(CommentState state);

    /** Every comment posted, hidden ones too, as the dashboard's total counts them. */
    @Query("select new com.frameworkfork.comment.CommentsOnDay(cast(c.createdAt as LocalDate), count(c)) "
            + "from Comment c where c.createdAt >= :from group by cast(c.createdAt as LocalDate)")
    List<CommentsOnDay> countPerDaySince(@Param("from") LocalDateTime from);
}

package com.frameworkfork.comment;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("select c from Comment c where c.article.id = :articleId and c.hidden = false "
            + "order by c.createdAt desc, c.id desc")
    List<Comment> findVisibleNewestFirst(@Param("articleId") long articleId, Pageable page);

    @Query("select count(c) from Comment c where c.article.id = :articleId and c.hidden = false")
    long countVisible(@Param("articleId") long articleId);

    @Query("select new com.frameworkfork.comment.ModeratedComment(c.id, c.authorName, c.body, c.createdAt, c.hidden, "
            + "a.slug, a.title) from Comment c join c.article a order by c.createdAt desc, c.id desc")
    List<ModeratedComment> findNewestForModeration(Pageable page);

    long countByHiddenTrue();

    /** Every comment posted, hidden ones too, as the dashboard's total counts them. */
    @Query("select new com.frameworkfork.comment.CommentsOnDay(cast(c.createdAt as LocalDate), count(c)) "
            + "from Comment c where c.createdAt >= :from group by cast(c.createdAt as LocalDate)")
    List<CommentsOnDay> countPerDaySince(@Param("from") LocalDateTime from);
}

package com.frameworkfork.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<Article, Long> {

    @EntityGraph(attributePaths = {"category", "sources"})
    Optional<Article> findBySlugAndPublishedTrue(String slug);

    @Query("select a from Article a join fetch a.category where a.published = true "
            + "order by a.publishedOn desc, a.id desc")
    List<Article> findPublishedNewestFirst();

    List<Article> findByBodyHtmlIsNullOrReadingMinutesIsNull();

    @Query("select a.id from Article a where a.slug = :slug and a.published = true")
    Optional<Long> findIdBySlugAndPublishedTrue(@Param("slug") String slug);

    @EntityGraph(attributePaths = {"category", "sources"})
    Optional<Article> findWithDetailsById(long id);

    @Query("select a from Article a join fetch a.category order by a.publishedOn desc, a.id desc")
    List<Article> findAllNewestFirst();

    boolean existsBySlug(String slug);

    boolean existsByCategory(Category category);

    @Query("select a.title from Article a join a.sources s where s.code = :code order by a.title")
    List<String> findTitlesCiting(@Param("code") String code);

    Optional<Article> findBySlug(String slug);

    @EntityGraph(attributePaths = {"category", "sources"})
    List<Article> findAllWithDetailsBy();

    boolean existsBySlugAndIdNot(String slug, long id);

    @Query("select new com.frameworkfork.article.ArticleLink(a.id, a.slug, a.title, a.published) from Article a order by a.title")
    List<ArticleLink> findLinks();

    @Query("select new com.frameworkfork.article.ArticleTotals(count(a), coalesce(sum(a.viewCount), 0L), "
            + "coalesce(sum(a.heartCount), 0L)) from Article a")
    ArticleTotals findTotals();

    @Query("select new com.frameworkfork.article.ArticleReadership(a.slug, a.title, a.viewCount, a.heartCount) "
            + "from Article a where a.published = true order by a.viewCount desc, a.id asc")
    List<ArticleReadership> findMostRead(Pageable page);

    @Query("select new com.frameworkfork.article.ArticleCounts(a.viewCount, a.heartCount) "
            + "from Article a where a.id = :id")
    ArticleCounts findCounts(@Param("id") long id);

    /** Relative, so instances adding their counts at the same time never lose each other's. */
    @Modifying
    @Query(value = "UPDATE article SET view_count = view_count + :views WHERE slug = :slug", nativeQuery = true)
    int addViews(@Param("slug") String slug, @Param("views") long views);

    @Modifying
    @Query(value = "UPDATE article SET heart_count = heart_count + 1 WHERE id = :id", nativeQuery = true)
    int incrementHearts(@Param("id") long id);

    /** Inserts the visitor's heart unless one exists; the primary key stops a concurrent duplicate. */
    @Modifying
    @Query(value = "INSERT INTO article_heart (article_id, visitor_id, created_at) "
            + "SELECT :id, :visitor, CURRENT_TIMESTAMP WHERE NOT EXISTS "
            + "(SELECT 1 FROM article_heart WHERE article_id = :id AND visitor_id = :visitor)", nativeQuery = true)
    int insertHeart(@Param("id") long id, @Param("visitor") String visitor);
}

package com.frameworkfork.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Queries for readers take {@code now} (UTC, from the site's clock): an article is public when it is
 * published and its publication time is not after now, so a scheduled one appears at its time.
 */
interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    /**
     * A published or scheduled article with what its page shows; whether it is public yet is the caller's
     * to decide. Fetches joined in the query rather than by an entity graph, with which Hibernate plans
     * the query anew each time.
     */
    @Query("select a from Article a join fetch a.category left join fetch a.sources "
            + "where a.slug = :slug and a.published = true")
    Optional<Article> findReleasedBySlug(@Param("slug") String slug);

    @Query("select a from Article a join fetch a.category left join fetch a.sources "
            + "where a.slug = :slug and a.published = true and a.publishAt <= :now")
    Optional<Article> findPublicBySlug(@Param("slug") String slug, @Param("now") LocalDateTime now);

    @Query("select a.title from Article a where a.slug = :slug and a.published = true and a.publishAt <= :now")
    Optional<String> findPublicTitleBySlug(@Param("slug") String slug, @Param("now") LocalDateTime now);

    /** Published and scheduled articles, newest first; which of them are public yet depends on the clock. */
    @Query("select a from Article a join fetch a.category where a.published = true order by a.publishAt desc, a.id desc")
    List<Article> findReleasedNewestFirst();

    List<Article> findByBodyHtmlIsNullOrReadingMinutesIsNull();

    @Query("select a.id from Article a where a.slug = :slug and a.published = true and a.publishAt <= :now")
    Optional<Long> findPublicIdBySlug(@Param("slug") String slug, @Param("now") LocalDateTime now);

    /** A page of the back office's list; the category is fetched with each article. */
    @Override
    @EntityGraph(attributePaths = "category")
    Page<Article> findAll(Specification<Article> filter, Pageable page);

    @EntityGraph(attributePaths = {"category", "sources"})
    Optional<Article> findWithDetailsById(long id);

    boolean existsBySlug(String slug);

    boolean existsByCategory(Category category);

    @Query("select a.title from Article a join a.sources s where s.code = :code order by a.title")
    List<String> findTitlesCiting(@Param("code") String code);

    Optional<Article> findBySlug(String slug);

    /** Published and scheduled articles: the search index holds both, and shows each from its time. */
    @Query("select a from Article a join fetch a.category where a.published = true")
    List<Article> findReleased();

    @EntityGraph(attributePaths = {"category", "sources"})
    List<Article> findAllWithDetailsBy();

    boolean existsBySlugAndIdNot(String slug, long id);

    @Query("select a.slug from Article a where a.slug like concat(:stem, '%')")
    List<String> findSlugsStartingWith(@Param("stem") String stem);

    @Query("select new com.frameworkfork.article.ArticleLink(a.id, a.slug, a.title, a.published, a.publishAt) from Article a order by a.title")
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

    /** Creates the day's row of views unless it exists; another instance may create it at the same moment. */
    @Modifying
    @Query(value = "INSERT INTO article_daily_views (view_day, views) SELECT :day, 0 WHERE NOT EXISTS "
            + "(SELECT 1 FROM article_daily_views WHERE view_day = :day)", nativeQuery = true)
    int insertViewDay(@Param("day") LocalDate day);

    /** Relative, like {@link #addViews}; the day's row exists already. */
    @Modifying
    @Query(value = "UPDATE article_daily_views SET views = views + :views WHERE view_day = :day", nativeQuery = true)
    int addViewsOn(@Param("day") LocalDate day, @Param("views") long views);

    /** Rows of a day ({@code LocalDate}) and its views. */
    @Query(value = "SELECT view_day, views FROM article_daily_views WHERE view_day >= :from", nativeQuery = true)
    List<Object[]> findViewsPerDaySince(@Param("from") LocalDate from);

    /** Rows of a day ({@code LocalDate}) and the hearts given on it. */
    @Query(value = "SELECT CAST(created_at AS DATE), COUNT(*) FROM article_heart "
            + "WHERE created_at >= :from GROUP BY CAST(created_at AS DATE)", nativeQuery = true)
    List<Object[]> findHeartsPerDaySince(@Param("from") LocalDateTime from);

    @Modifying
    @Query(value = "UPDATE article SET heart_count = heart_count + 1 WHERE id = :id", nativeQuery = true)
    int incrementHearts(@Param("id") long id);

    /** Inserts the visitor's heart unless one exists; the primary key stops a concurrent duplicate. */
    @Modifying
    @Query(value = "INSERT INTO article_heart (article_id, visitor_id, created_at) "
            + "SELECT :id, :visitor, :now WHERE NOT EXISTS "
            + "(SELECT 1 FROM article_heart WHERE article_id = :id AND visitor_id = :visitor)", nativeQuery = true)
    int insertHeart(@Param("id") long id, @Param("visitor") String visitor, @Param("now") LocalDateTime now);
}

package com.frameworkfork.comparison;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Reads a comparison page one table at a time: each query returns every row of its kind for the
 * whole comparison, with the sources fetched alongside, so the page costs a fixed number of
 * queries however many rows it has.
 */
interface ComparisonRepository extends Repository<Comparison, Long> {

    @EntityGraph(attributePaths = {"firstFramework", "secondFramework"})
    Optional<Comparison> findBySlug(String slug);

    @EntityGraph(attributePaths = {"firstFramework", "secondFramework"})
    List<Comparison> findAllByOrderByTitleAsc();

    @Query("select f from Framework f")
    List<Framework> findFrameworks();

    @Query("select s from ComparisonSection s where s.comparison.id = :id order by s.position")
    List<ComparisonSection> findSections(@Param("id") long comparisonId);

    @Query("select c from Criterion c join fetch c.section s where s.comparison.id = :id order by c.position")
    List<Criterion> findCriteria(@Param("id") long comparisonId);

    @Query("select v from CriterionValue v left join fetch v.sources where v.criterion.section.comparison.id = :id")
    List<CriterionValue> findValues(@Param("id") long comparisonId);

    @Query("select n from SectionNote n left join fetch n.sources left join fetch n.framework "
            + "where n.section.comparison.id = :id order by n.position")
    List<SectionNote> findNotes(@Param("id") long comparisonId);

    @Query("select d from Disagreement d join fetch d.sideASource join fetch d.sideBSource "
            + "where d.section.comparison.id = :id order by d.position")
    List<Disagreement> findDisagreements(@Param("id") long comparisonId);

    @Query("select b from Benchmark b join fetch b.source where b.comparison.id = :id order by b.position")
    List<Benchmark> findBenchmarks(@Param("id") long comparisonId);

    @Query("select r from BenchmarkResult r where r.benchmark.comparison.id = :id")
    List<BenchmarkResult> findBenchmarkResults(@Param("id") long comparisonId);

    @Query("select u from UseCasePick u join fetch u.source where u.comparison.id = :id order by u.position")
    List<UseCasePick> findUseCasePicks(@Param("id") long comparisonId);

    @Query("select p from ProCon p join fetch p.source where p.comparison.id = :id order by p.position")
    List<ProCon> findProsAndCons(@Param("id") long comparisonId);

    @Query("select m from MigrationStep m join fetch m.source where m.comparison.id = :id order by m.position, m.id")
    List<MigrationStep> findMigrationSteps(@Param("id") long comparisonId);
}

package com.frameworkfork.decision.verdict;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VerdictRepository extends JpaRepository<Verdict, String> {

    @Query("select new com.frameworkfork.decision.verdict.RecommendationCount(v.recommendation, count(v)) "
            + "from Verdict v group by v.recommendation")
    List<RecommendationCount> countByRecommendation();

    /** The split among other verdicts given for exactly the same answers. */
    @Query("select new com.frameworkfork.decision.verdict.RecommendationCount(v.recommendation, count(v)) "
            + "from Verdict v where v.answersKey = :answersKey and v.id <> :exceptId group by v.recommendation")
    List<RecommendationCount> countSameAnswers(@Param("answersKey") String answersKey,
                                               @Param("exceptId") String exceptId);
}

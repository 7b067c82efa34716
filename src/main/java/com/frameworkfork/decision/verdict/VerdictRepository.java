package com.frameworkfork.decision.verdict;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Verdicts, and the counts shown beside them. A count takes each quiz once, by the latest verdict
 * it points at, and every verdict made through the API on its own: a reader finishing the same
 * quiz again and again moves no figure by more than one. Each query spells that condition out
 * (made through the API, or the verdict its quiz points at) rather than sharing a constant, so
 * no query text is ever assembled.
 */
interface VerdictRepository extends JpaRepository<Verdict, String> {

    @Query("select new com.frameworkfork.decision.verdict.RecommendationCount(v.recommendation, count(v)) "
            + "from Verdict v where (v.quizId is null "
            + "or v.id = (select q.verdictId from DecisionQuiz q where q.id = v.quizId)) group by v.recommendation")
    List<RecommendationCount> countByRecommendation();

    /** The split among verdicts given for exactly these answers, each quiz counted by its current verdict only. */
    @Query("select new com.frameworkfork.decision.verdict.RecommendationCount(v.recommendation, count(v)) "
            + "from Verdict v where v.answersKey = :answersKey and (v.quizId is null "
            + "or v.id = (select q.verdictId from DecisionQuiz q where q.id = v.quizId)) group by v.recommendation")
    List<RecommendationCount> countByAnswers(@Param("answersKey") String answersKey);

    /** 1 when the quiz counts with this verdict now (it was last finished with it), else 0. */
    @Query("select count(q) from DecisionQuiz q where q.id = :quizId and q.verdictId = :verdictId")
    long countQuizFinishedWith(@Param("quizId") String quizId, @Param("verdictId") String verdictId);

    Optional<Verdict> findFirstByQuizIdAndAnswersKey(String quizId, String answersKey);

    /** Counted as the totals count, so a quiz finished again moves to the day of its latest verdict. */
    @Query("select new com.frameworkfork.decision.verdict.VerdictsOnDay(cast(v.createdAt as LocalDate), count(v)) "
            + "from Verdict v where v.createdAt >= :from and (v.quizId is null "
            + "or v.id = (select q.verdictId from DecisionQuiz q where q.id = v.quizId)) "
            + "group by cast(v.createdAt as LocalDate)")
    List<VerdictsOnDay> countPerDaySince(@Param("from") LocalDateTime from);

    /** At most one row per combination of answers the model allows (3 to the 6th for model 1). */
    @Query("select new com.frameworkfork.decision.verdict.AnswersCount(v.answersKey, count(v)) "
            + "from Verdict v where v.modelVersion = :version and (v.quizId is null "
            + "or v.id = (select q.verdictId from DecisionQuiz q where q.id = v.quizId)) group by v.answersKey")
    List<AnswersCount> countByAnswers(@Param("version") int version);
}

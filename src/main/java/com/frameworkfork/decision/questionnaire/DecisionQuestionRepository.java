package com.frameworkfork.decision.questionnaire;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionQuestionRepository extends JpaRepository<DecisionQuestion, Long> {

    @Query("select distinct q from DecisionQuestion q left join fetch q.options "
            + "where q.modelVersion = :version order by q.position")
    List<DecisionQuestion> findWithOptionsByModelVersion(int version);

    List<DecisionQuestion> findByModelVersion(int version);

    List<DecisionQuestion> findByArticleIdOrderByModelVersionDescPositionAsc(Long articleId);
}

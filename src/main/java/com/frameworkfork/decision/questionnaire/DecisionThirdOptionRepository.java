package com.frameworkfork.decision.questionnaire;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DecisionThirdOptionRepository extends JpaRepository<DecisionThirdOption, Long> {

    @EntityGraph(attributePaths = "sources")
    List<DecisionThirdOption> findByModelVersionOrderByPosition(int version);

    @Query("select distinct t from DecisionThirdOption t join t.sources s where s.code = :code")
    List<DecisionThirdOption> findCiting(@Param("code") String code);
}

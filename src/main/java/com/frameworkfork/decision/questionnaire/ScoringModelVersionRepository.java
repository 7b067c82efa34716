package com.frameworkfork.decision.questionnaire;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScoringModelVersionRepository extends JpaRepository<ScoringModelVersion, Integer> {

    Optional<ScoringModelVersion> findFirstByStateOrderByVersionDesc(ModelState state);

    List<ScoringModelVersion> findAllByOrderByVersionDesc();

    @Query("select max(m.version) from ScoringModelVersion m")
    Optional<Integer> findHighestVersion();
}

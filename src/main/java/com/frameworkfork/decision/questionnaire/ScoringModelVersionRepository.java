package com.frameworkfork.decision.questionnaire;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScoringModelVersionRepository extends JpaRepository<ScoringModelVersion, Integer> {

    @Query("select max(m.version) from ScoringModelVersion m")
    Optional<Integer> findLatestVersion();
}

package com.frameworkfork.decision.questionnaire;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionNextStepRepository extends JpaRepository<DecisionNextStep, Long> {

    List<DecisionNextStep> findByModelVersionOrderByPosition(int version);
}

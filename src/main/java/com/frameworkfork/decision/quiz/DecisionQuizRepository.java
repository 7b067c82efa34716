package com.frameworkfork.decision.quiz;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionQuizRepository extends JpaRepository<DecisionQuiz, String> {

    long countByFinishedAtIsNotNull();
}

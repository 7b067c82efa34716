package com.frameworkfork.decision;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionQuizRepository extends JpaRepository<DecisionQuiz, String> {

    long countByFinishedAtIsNotNull();
}

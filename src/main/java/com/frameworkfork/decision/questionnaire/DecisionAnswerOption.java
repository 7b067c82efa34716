package com.frameworkfork.decision.questionnaire;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import com.frameworkfork.decision.scoring.Lean;

/** One answer to a question: its label, the side it favours, its weight and why. */
@Entity
class DecisionAnswerOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private DecisionQuestion question;

    private String answerValue;

    private String label;

    private int position;

    @Enumerated(EnumType.STRING)
    private Lean favours;

    private int weight;

    private String explanation;

    private boolean suggestsFastapi;

    protected DecisionAnswerOption() {
    }

    DecisionAnswerOption(DecisionQuestion question, String answerValue, int position) {
        this.question = question;
        this.answerValue = answerValue;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getAnswerValue() {
        return answerValue;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }

    public Lean getFavours() {
        return favours;
    }

    public int getWeight() {
        return weight;
    }

    public String getExplanation() {
        return explanation;
    }

    public boolean isSuggestsFastapi() {
        return suggestsFastapi;
    }

    void change(String label, Lean favours, int weight, String explanation, boolean suggestsFastapi) {
        this.label = label;
        this.favours = favours;
        this.weight = weight;
        this.explanation = explanation;
        this.suggestsFastapi = suggestsFastapi;
    }
}

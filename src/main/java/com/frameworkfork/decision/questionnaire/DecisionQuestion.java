package com.frameworkfork.decision.questionnaire;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** One question of one scoring-model version, with its texts and where its reason links to. */
@Entity
class DecisionQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int modelVersion;

    private String questionKey;

    private int position;

    private String prompt;

    private String helpText;

    private String compareAnchor;

    private String articleSlug;

    private String articleTitle;

    private String excludesKey;

    private String conflictMessage;

    @OneToMany(mappedBy = "question", fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<DecisionAnswerOption> options = new ArrayList<>();

    protected DecisionQuestion() {
    }

    public Long getId() {
        return id;
    }

    public int getModelVersion() {
        return modelVersion;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public int getPosition() {
        return position;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getHelpText() {
        return helpText;
    }

    public String getCompareAnchor() {
        return compareAnchor;
    }

    public String getArticleSlug() {
        return articleSlug;
    }

    public String getArticleTitle() {
        return articleTitle;
    }

    public String getExcludesKey() {
        return excludesKey;
    }

    public String getConflictMessage() {
        return conflictMessage;
    }

    public List<DecisionAnswerOption> getOptions() {
        return options;
    }
}

package com.frameworkfork.decision.questionnaire;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** One question of one scoring-model version, with its texts and the article and section it links to. */
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

    /** The article the reason links to, by id; null only for a link whose article was gone before V12. */
    private Long articleId;

    /** The comparison section the reason links to, by id. */
    private Long sectionId;

    private String excludesKey;

    private String conflictMessage;

    /** need, property, people, preference or tie-break; null for a model that does not say. */
    private String kind;

    /** The condition ("solo=yes") under which the question is not asked, or null. */
    private String skipWhen;

    private boolean tieBreak;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DecisionAnswerOption> options = new ArrayList<>();

    protected DecisionQuestion() {
    }

    DecisionQuestion(int modelVersion, String questionKey, int position) {
        this.modelVersion = modelVersion;
        this.questionKey = questionKey;
        this.position = position;
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

    public Long getArticleId() {
        return articleId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public String getExcludesKey() {
        return excludesKey;
    }

    public String getConflictMessage() {
        return conflictMessage;
    }

    public String getKind() {
        return kind;
    }

    public String getSkipWhen() {
        return skipWhen;
    }

    public boolean isTieBreak() {
        return tieBreak;
    }

    public List<DecisionAnswerOption> getOptions() {
        return options;
    }

    void changeTexts(String prompt, String helpText, String kind, String conflictMessage) {
        this.prompt = prompt;
        this.helpText = helpText;
        this.kind = kind;
        this.conflictMessage = conflictMessage;
    }

    void changeRules(String excludesKey, String skipWhen, boolean tieBreak) {
        this.excludesKey = excludesKey;
        this.skipWhen = skipWhen;
        this.tieBreak = tieBreak;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void link(Long articleId, Long sectionId) {
        this.articleId = articleId;
        this.sectionId = sectionId;
    }

    /** The option for this answer value, added when the question has none yet. */
    DecisionAnswerOption option(String answerValue, int position) {
        for (DecisionAnswerOption option : options) {
            if (option.getAnswerValue().equals(answerValue)) {
                return option;
            }
        }
        DecisionAnswerOption option = new DecisionAnswerOption(this, answerValue, position);
        options.add(option);
        return option;
    }
}

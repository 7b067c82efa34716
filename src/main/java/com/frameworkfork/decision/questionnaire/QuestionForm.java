package com.frameworkfork.decision.questionnaire;

import com.frameworkfork.decision.questionnaire.ModelDefinition.AnswerDefinition;
import com.frameworkfork.decision.questionnaire.ModelDefinition.QuestionDefinition;
import com.frameworkfork.decision.scoring.Answer;

/**
 * One question of a draft and its three answers as the editor types them. The answers are fields of
 * their own rather than a list, so a form can never name an answer the question does not have.
 */
public class QuestionForm {

    private String prompt;
    private String help;
    private Long articleId;
    private Long sectionId;
    private String kind;
    private String conflictMessage;
    private String yesLabel;
    private String yesFavours;
    private Integer yesWeight;
    private String yesExplanation;
    private String noLabel;
    private String noFavours;
    private Integer noWeight;
    private String noExplanation;
    private String unsureLabel;
    private String unsureFavours;
    private Integer unsureWeight;
    private String unsureExplanation;

    static QuestionForm of(QuestionDefinition question, Long articleId, Long sectionId) {
        QuestionForm form = new QuestionForm();
        form.prompt = question.prompt();
        form.help = question.help();
        form.articleId = articleId;
        form.sectionId = sectionId;
        form.kind = question.kind() == null ? "" : question.kind().value();
        form.conflictMessage = question.conflictMessage();
        AnswerDefinition yes = question.answers().get(Answer.YES);
        AnswerDefinition no = question.answers().get(Answer.NO);
        AnswerDefinition unsure = question.answers().get(Answer.UNSURE);
        form.yesLabel = yes.label();
        form.yesFavours = favours(yes);
        form.yesWeight = yes.weight();
        form.yesExplanation = yes.explanation();
        form.noLabel = no.label();
        form.noFavours = favours(no);
        form.noWeight = no.weight();
        form.noExplanation = no.explanation();
        form.unsureLabel = unsure.label();
        form.unsureFavours = favours(unsure);
        form.unsureWeight = unsure.weight();
        form.unsureExplanation = unsure.explanation();
        return form;
    }

    private static String favours(AnswerDefinition answer) {
        return answer.favours().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The fields of one answer, by the answer's value. */
    AnswerFields answer(Answer answer) {
        return switch (answer) {
            case YES -> new AnswerFields("yes", yesLabel, yesFavours, yesWeight, yesExplanation);
            case NO -> new AnswerFields("no", noLabel, noFavours, noWeight, noExplanation);
            case UNSURE -> new AnswerFields("unsure", unsureLabel, unsureFavours, unsureWeight, unsureExplanation);
        };
    }

    /** @param prefix the start of the fields' names, such as "yes" for yesLabel */
    record AnswerFields(String prefix, String label, String favours, Integer weight, String explanation) {
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    public Long getArticleId() {
        return articleId;
    }

    public void setArticleId(Long articleId) {
        this.articleId = articleId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getConflictMessage() {
        return conflictMessage;
    }

    public void setConflictMessage(String conflictMessage) {
        this.conflictMessage = conflictMessage;
    }

    public String getYesLabel() {
        return yesLabel;
    }

    public void setYesLabel(String yesLabel) {
        this.yesLabel = yesLabel;
    }

    public String getYesFavours() {
        return yesFavours;
    }

    public void setYesFavours(String yesFavours) {
        this.yesFavours = yesFavours;
    }

    public Integer getYesWeight() {
        return yesWeight;
    }

    public void setYesWeight(Integer yesWeight) {
        this.yesWeight = yesWeight;
    }

    public String getYesExplanation() {
        return yesExplanation;
    }

    public void setYesExplanation(String yesExplanation) {
        this.yesExplanation = yesExplanation;
    }

    public String getNoLabel() {
        return noLabel;
    }

    public void setNoLabel(String noLabel) {
        this.noLabel = noLabel;
    }

    public String getNoFavours() {
        return noFavours;
    }

    public void setNoFavours(String noFavours) {
        this.noFavours = noFavours;
    }

    public Integer getNoWeight() {
        return noWeight;
    }

    public void setNoWeight(Integer noWeight) {
        this.noWeight = noWeight;
    }

    public String getNoExplanation() {
        return noExplanation;
    }

    public void setNoExplanation(String noExplanation) {
        this.noExplanation = noExplanation;
    }

    public String getUnsureLabel() {
        return unsureLabel;
    }

    public void setUnsureLabel(String unsureLabel) {
        this.unsureLabel = unsureLabel;
    }

    public String getUnsureFavours() {
        return unsureFavours;
    }

    public void setUnsureFavours(String unsureFavours) {
        this.unsureFavours = unsureFavours;
    }

    public Integer getUnsureWeight() {
        return unsureWeight;
    }

    public void setUnsureWeight(Integer unsureWeight) {
        this.unsureWeight = unsureWeight;
    }

    public String getUnsureExplanation() {
        return unsureExplanation;
    }

    public void setUnsureExplanation(String unsureExplanation) {
        this.unsureExplanation = unsureExplanation;
    }
}

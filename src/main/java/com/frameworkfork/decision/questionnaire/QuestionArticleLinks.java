package com.frameworkfork.decision.questionnaire;

import java.util.List;

import com.frameworkfork.article.ArticleReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions that send readers to an article, in any scoring-model version (published, draft or
 * retired: every version keeps its links), so an editor is told which ones before the article can go.
 */
@Component
class QuestionArticleLinks implements ArticleReferences {

    private final DecisionQuestionRepository questions;

    QuestionArticleLinks(DecisionQuestionRepository questions) {
        this.questions = questions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> placesLinkingTo(long articleId) {
        return questions.findByArticleIdOrderByModelVersionDescPositionAsc(articleId).stream()
                .map(q -> "the quiz question “" + q.getPrompt() + "” in scoring model version " + q.getModelVersion())
                .toList();
    }
}

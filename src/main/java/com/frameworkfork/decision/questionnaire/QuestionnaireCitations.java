package com.frameworkfork.decision.questionnaire;

import java.util.List;

import com.frameworkfork.source.SourceCitations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The third options of scoring models cite sources: such a source cannot be deleted while they do. */
@Component
class QuestionnaireCitations implements SourceCitations {

    private final DecisionThirdOptionRepository thirdOptions;

    QuestionnaireCitations(DecisionThirdOptionRepository thirdOptions) {
        this.thirdOptions = thirdOptions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> placesCiting(String code) {
        return thirdOptions.findCiting(code).stream()
                .map(o -> "the third option “" + o.getHeading() + "” of scoring model " + o.getModelVersion())
                .toList();
    }
}

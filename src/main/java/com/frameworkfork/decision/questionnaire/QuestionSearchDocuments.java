package com.frameworkfork.decision.questionnaire;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.frameworkfork.search.SearchDocument;
import com.frameworkfork.search.SearchableContent;
import org.springframework.stereotype.Component;

/** The published questionnaire's questions, with their help and answers, as the site's search finds them. */
@Component
class QuestionSearchDocuments implements SearchableContent {

    private final Questionnaires questionnaires;

    QuestionSearchDocuments(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    public List<SearchDocument> searchDocuments() {
        return questionnaires.current().questions().stream()
                .map(question -> new SearchDocument("question:" + question.key(), "Quiz question",
                        "The decision quiz, question " + question.number(), "/decide", question.prompt(),
                        Stream.concat(Stream.of(question.helpText()),
                                        question.options().stream().map(Questionnaire.OptionText::label))
                                .filter(text -> text != null && !text.isBlank()).collect(Collectors.joining("\n")),
                        null))
                .toList();
    }
}

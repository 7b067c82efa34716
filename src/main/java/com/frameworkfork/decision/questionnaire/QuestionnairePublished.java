package com.frameworkfork.decision.questionnaire;

import com.frameworkfork.web.PublicContentChanged;

/** A scoring model was published: the quiz's pages show its questions from now on. */
record QuestionnairePublished() implements PublicContentChanged {
}

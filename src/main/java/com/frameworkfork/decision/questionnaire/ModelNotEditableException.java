package com.frameworkfork.decision.questionnaire;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change to a model that cannot take it, such as a published one; the message says what to do instead. */
@ResponseStatus(HttpStatus.CONFLICT)
class ModelNotEditableException extends RuntimeException {

    ModelNotEditableException(String message) {
        super(message);
    }
}

package com.frameworkfork.decision.questionnaire;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An address in the back office names a model version, question or item that does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ModelNotFoundException extends RuntimeException {

    ModelNotFoundException(int number) {
        super("Nothing found for " + number);
    }
}

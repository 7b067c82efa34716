package com.frameworkfork.comparison;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The back office was asked for a comparison, framework or part that does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PartNotFoundException extends RuntimeException {

    PartNotFoundException(String what) {
        super("Nothing called " + what + " to edit");
    }
}

package com.frameworkfork.correction;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No feature has a public page (or part of one) at the address a suggestion names. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CorrectionSubjectNotFoundException extends RuntimeException {

    CorrectionSubjectNotFoundException(String page, String part) {
        super("Nothing public to correct at '" + page + "'" + (part == null ? "" : " part '" + part + "'"));
    }
}

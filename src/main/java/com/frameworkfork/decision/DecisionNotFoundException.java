package com.frameworkfork.decision;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown or malformed quiz id, verdict id or question key: the reader gets the site's 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DecisionNotFoundException extends RuntimeException {

    public DecisionNotFoundException(String what) {
        super("Nothing found for " + what);
    }
}

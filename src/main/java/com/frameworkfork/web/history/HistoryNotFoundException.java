package com.frameworkfork.web.history;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class HistoryNotFoundException extends RuntimeException {

    HistoryNotFoundException(String kind, String id) {
        super("No history of " + kind + " " + id);
    }
}

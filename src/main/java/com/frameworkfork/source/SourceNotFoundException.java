package com.frameworkfork.source;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class SourceNotFoundException extends RuntimeException {

    SourceNotFoundException(long id) {
        super("No source #" + id);
    }
}

package com.frameworkfork.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record other content still uses cannot be removed. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ContentStillUsedException extends RuntimeException {

    public ContentStillUsedException(String key) {
        super(key + " is still used by other content, so it cannot be removed");
    }
}

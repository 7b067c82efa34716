package com.frameworkfork.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class HeldBackUpdateNotFoundException extends RuntimeException {

    public HeldBackUpdateNotFoundException(long id) {
        super("No held-back update " + id);
    }
}

package com.frameworkfork.comment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class CommentNotFoundException extends RuntimeException {

    CommentNotFoundException(long id) {
        super("No comment with id " + id);
    }
}

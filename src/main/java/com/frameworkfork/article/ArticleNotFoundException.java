package com.frameworkfork.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ArticleNotFoundException extends RuntimeException {

    ArticleNotFoundException(String what) {
        super("No published article or category called '" + what + "'");
    }
}

package com.frameworkfork.comparison;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ComparisonNotFoundException extends RuntimeException {

    ComparisonNotFoundException(String slug) {
        super("No comparison called '" + slug + "'");
    }
}

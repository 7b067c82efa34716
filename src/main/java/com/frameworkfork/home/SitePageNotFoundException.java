package com.frameworkfork.home;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class SitePageNotFoundException extends RuntimeException {

    SitePageNotFoundException(String slug) {
        super("No site page called '" + slug + "'");
    }
}

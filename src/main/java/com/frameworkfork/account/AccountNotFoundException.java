package com.frameworkfork.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotFoundException extends RuntimeException {

    AccountNotFoundException(String what) {
        super("No account " + what);
    }
}

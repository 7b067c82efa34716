package com.frameworkfork.decision.api;

import java.io.IOException;

/**
 * A request body is larger than the API reads. An {@link IOException}, because it is thrown from
 * the body's stream while the JSON reader pulls from it.
 */
class RequestBodyTooLargeException extends IOException {

    private final long limitBytes;

    RequestBodyTooLargeException(long limitBytes) {
        super("Request body larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    long getLimitBytes() {
        return limitBytes;
    }
}

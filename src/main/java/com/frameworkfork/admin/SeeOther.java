package com.frameworkfork.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/** The answer to every successful back-office POST: see the result with a GET. */
final class SeeOther {

    private SeeOther() {
    }

    static RedirectView to(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }
}

package com.frameworkfork.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the POST to /login itself. */
@Controller
public class LoginController {

    @GetMapping("/login")
    public String login() {
        return "admin/login";
    }
}

package com.frameworkfork.admin;

import jakarta.servlet.http.HttpServletRequest;

import com.frameworkfork.web.ClientKey;
import com.frameworkfork.web.security.LoginThrottle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the POST to /login itself. */
@Controller
class LoginController {

    private final LoginThrottle loginThrottle;

    LoginController(LoginThrottle loginThrottle) {
        this.loginThrottle = loginThrottle;
    }

    @GetMapping("/login")
    public String login(HttpServletRequest request, Model model) {
        model.addAttribute("lockedMinutes", loginThrottle.lockedMinutes(ClientKey.of(request)));
        return "admin/login";
    }
}

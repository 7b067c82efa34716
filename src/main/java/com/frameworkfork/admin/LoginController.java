package com.frameworkfork.admin;

import jakarta.servlet.http.HttpServletRequest;

import com.frameworkfork.site.ClientKey;
import com.frameworkfork.site.LoginThrottle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the POST to /login itself. */
@Controller
public class LoginController {

    private final LoginThrottle loginThrottle;

    public LoginController(LoginThrottle loginThrottle) {
        this.loginThrottle = loginThrottle;
    }

    @GetMapping("/login")
    public String login(HttpServletRequest request, Model model) {
        model.addAttribute("lockedMinutes", loginThrottle.lockedMinutes(ClientKey.of(request)));
        return "admin/login";
    }
}

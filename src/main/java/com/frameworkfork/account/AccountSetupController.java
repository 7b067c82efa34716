package com.frameworkfork.account;

import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A new account's owner sets their password through their one-time link; everyone changes their own. */
@Controller
class AccountSetupController {

    private final AccountService accounts;

    AccountSetupController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/setup/{token}")
    String setup(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("noindex", true);
        return accounts.usernameForSetup(token).map(username -> {
            model.addAttribute("username", username);
            model.addAttribute("errors", Map.of());
            return "account/setup";
        }).orElseGet(() -> {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "account/setup-expired";
        });
    }

    @PostMapping("/account/setup/{token}")
    String setPassword(@PathVariable String token, @RequestParam(defaultValue = "") String password,
                       @RequestParam(defaultValue = "") String repeated, Model model, HttpServletResponse response) {
        String username = accounts.usernameForSetup(token).orElse(null);
        Map<String, String> problems = accounts.setUp(token, password, repeated);
        if (problems.isEmpty()) {
            return "redirect:/login?ready";
        }
        if (username == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "account/setup-expired";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("noindex", true);
        model.addAttribute("username", username);
        model.addAttribute("errors", problems);
        return "account/setup";
    }

    @GetMapping("/admin/password")
    String password(Model model) {
        model.addAttribute("errors", Map.of());
        return "account/password";
    }

    /** A changed password ends every session of the account, this one too: the person signs in again with it. */
    @PostMapping("/admin/password")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String repeated, Principal me, Model model,
                          HttpServletResponse response) {
        Map<String, String> problems = accounts.changeOwnPassword(me.getName(), current, password, repeated);
        if (problems.isEmpty()) {
            return "redirect:/login?changed";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("errors", problems);
        return "account/password";
    }
}

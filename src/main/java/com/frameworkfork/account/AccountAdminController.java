package com.frameworkfork.account;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Administrators create accounts, change their roles, disable and enable them, and issue new one-time links. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private final AccountService accounts;

    AccountAdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String text,
                @RequestParam(name = "role", required = false) String role,
                @RequestParam(name = "state", required = false) String state,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Boolean enabled = "enabled".equals(state) ? Boolean.TRUE : "disabled".equals(state) ? Boolean.FALSE : null;
        model.addAttribute("accounts", accounts.search(text, AccountRole.parse(role).orElse(null), enabled, page));
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("role", role == null ? "" : role);
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("roles", AccountRole.values());
        return "account/admin/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, "", AccountRole.EDITOR.name(), Map.of());
    }

    @PostMapping
    String saveNew(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String role,
                   Principal me, Model model, HttpServletRequest request, HttpServletResponse response) {
        AccountService.Creation creation = accounts.create(username, role, me.getName());
        if (!creation.created()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, username, role, creation.problems());
        }
        return showLink(creation.id(), creation.setupToken(), model, request);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.row(id));
        model.addAttribute("roles", AccountRole.values());
        return "account/admin/edit";
    }

    @PostMapping("/{id}/role")
    String role(@PathVariable long id, @RequestParam(defaultValue = "") String role, Principal me, Model model,
                HttpServletResponse response) {
        return afterChange(id, accounts.changeRole(id, role, me.getName()), "role", model, response);
    }

    @PostMapping("/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam boolean enabled, Principal me, Model model,
                   HttpServletResponse response) {
        return afterChange(id, accounts.setEnabled(id, enabled, me.getName()), "enabled", model, response);
    }

    /** A new one-time link, shown once; for a person who lost theirs or forgot their password. */
    @PostMapping("/{id}/link")
    String link(@PathVariable long id, Model model, HttpServletRequest request) {
        return showLink(id, accounts.resetLink(id), model, request);
    }

    private String afterChange(long id, Optional<String> refusal, String field, Model model, HttpServletResponse response) {
        if (refusal.isEmpty()) {
            return "redirect:/admin/accounts/" + id + "?saved";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("errors", Map.of(field, refusal.get()));
        return edit(id, model);
    }

    private String form(Model model, String username, String role, Map<String, String> errors) {
        model.addAttribute("username", username);
        model.addAttribute("role", role);
        model.addAttribute("roles", AccountRole.values());
        model.addAttribute("errors", errors);
        return "account/admin/new";
    }

    /** The link is shown on this one answer only; it is never stored, only its hash. */
    private String showLink(long id, String token, Model model, HttpServletRequest request) {
        model.addAttribute("account", accounts.row(id));
        model.addAttribute("setupLink", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/account/setup/{token}").buildAndExpand(token).toUriString());
        model.addAttribute("validForHours", AccountService.SETUP_LINK_LIFETIME.toHours());
        return "account/admin/link";
    }
}

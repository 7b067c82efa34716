package com.frameworkfork.account;

import java.util.Arrays;
import java.util.Optional;

/** What an account may do in the back office; administrators may do everything editors and moderators may. */
public enum AccountRole {
    ADMINISTRATOR("ADMIN", "Administrator", "Accounts, maintenance, settings and publishing scoring models, and everything else."),
    EDITOR("EDITOR", "Editor", "All content: articles, sources, frameworks, the comparison and questionnaire drafts."),
    MODERATOR("MODERATOR", "Moderator", "Comments only.");

    private final String springRole;
    private final String label;
    private final String description;

    AccountRole(String springRole, String label, String description) {
        this.springRole = springRole;
        this.label = label;
        this.description = description;
    }

    /** The role's name in Spring Security ({@code hasRole(...)}). */
    public String springRole() {
        return springRole;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Optional<AccountRole> parse(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(name)).findFirst();
    }
}

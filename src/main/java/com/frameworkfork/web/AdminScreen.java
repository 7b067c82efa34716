package com.frameworkfork.web;

/**
 * A part of the back office, registered as a bean by the feature that owns it: who may use it, and
 * its entry in the back office's navigation, which shows each person only what their role allows.
 *
 * @param pathPattern what the part covers, such as {@code /admin/articles/**}
 * @param navPath     where its navigation entry leads, such as {@code /admin/articles}
 * @param role        the Spring Security role it needs ({@code ADMIN}, {@code EDITOR} or {@code MODERATOR});
 *                    administrators hold every role; null when every back-office role may use it
 * @param order       its place in the navigation
 */
public record AdminScreen(String pathPattern, String navPath, String label, String role, int order) {

    /** A part every back-office role may use, such as one that shows each role only its own share. */
    public static AdminScreen openToEveryRole(String pathPattern, String navPath, String label, int order) {
        return new AdminScreen(pathPattern, navPath, label, null, order);
    }

    public boolean isOpenToEveryRole() {
        return role == null;
    }
}

package com.frameworkfork.comparison;

/** Where the back office edits comparisons and frameworks. */
final class ComparisonAdminPaths {

    static final String FRAMEWORKS = "/admin/frameworks";
    static final String COMPARISONS = "/admin/comparisons";

    private ComparisonAdminPaths() {
    }

    static String comparison(String slug) {
        return COMPARISONS + "/" + slug;
    }

    static String framework(String slug) {
        return FRAMEWORKS + "/" + slug;
    }
}

package com.frameworkfork.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A suggestion as the reader typed it, with the page and part it is about carried in hidden fields.
 * {@code website} is the honeypot, as on the comment form: hidden from people, so only a bot fills it in.
 */
class CorrectionForm {

    static final int PROBLEM_LIMIT = 2000;
    static final int LINK_LIMIT = 500;

    private String page;

    private String part;

    @NotBlank(message = "Please say what is wrong (up to 2,000 characters).")
    @Size(max = PROBLEM_LIMIT, message = "Please keep it to 2,000 characters; this is longer.")
    private String problem;

    @Size(max = LINK_LIMIT, message = "This link is longer than 500 characters; please give a shorter one.")
    /** A web address with a host name and no user name in front of it, which could pass for another site. */
    @Pattern(regexp = "(?i)https?://[a-z0-9.-]+(:[0-9]{1,5})?([/?#][^\\s]*)?",
            message = "Give a web address starting with https:// or http://, such as https://docs.djangoproject.com/.")
    private String link;

    private String website;

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getPart() {
        return part;
    }

    public void setPart(String part) {
        this.part = part == null || part.isBlank() ? null : part;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getLink() {
        return link;
    }

    /** An empty link is no link; the address is kept as typed, without surrounding spaces. */
    public void setLink(String link) {
        this.link = link == null || link.isBlank() ? null : link.strip();
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    boolean isFromBot() {
        return website != null && !website.isBlank();
    }
}

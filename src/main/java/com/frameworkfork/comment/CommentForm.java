package com.frameworkfork.comment;

/**
 * A comment as the reader typed it. {@code website} is the honeypot: hidden from people, so only a
 * bot fills it in.
 */
class CommentForm {

    static final int NAME_LIMIT = 60;
    static final int BODY_LIMIT = 4000;

    @PlainTextLength(max = NAME_LIMIT, kind = PlainText.Kind.DISPLAY_NAME,
            emptyMessage = "Please enter a display name (up to {limit} characters).",
            tooLongMessage = "Your display name is {length} characters long; the limit is {limit} characters.")
    @VisibleText(kind = PlainText.Kind.DISPLAY_NAME,
            message = "Your display name contains {character}, a character that cannot be seen or that turns the "
                    + "text around it, so one name could pass for another. Delete it, or type the name again.")
    private String name;

    @PlainTextLength(max = BODY_LIMIT, kind = PlainText.Kind.COMMENT_BODY,
            emptyMessage = "Your comment is empty. Write up to {limit} characters.",
            tooLongMessage = "Your comment is {length} characters long; the limit is {limit} characters.")
    @VisibleText(kind = PlainText.Kind.COMMENT_BODY,
            message = "Your comment contains {character}, which turns the order of the text around it. Delete it; "
                    + "right-to-left writing such as Arabic or Hebrew shows correctly without it.")
    private String body;

    private String website;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    boolean isFromBot() {
        return website != null && !website.isBlank();
    }
}

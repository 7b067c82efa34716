package com.frameworkfork.correction;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which suggestions the back office is asked to show, read leniently from its address: anything but
 * {@code done} means the open ones, a page that is not a number the first.
 *
 * @param done  the done suggestions rather than the open ones
 * @param page  from 1
 */
record CorrectionQuery(boolean done, int page) {

    static final String PATH = "/admin/corrections";
    static final String DONE = "done";

    static CorrectionQuery of(String state, String page) {
        return new CorrectionQuery(DONE.equals(state), pageNumber(page));
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page == null ? "1" : page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    CorrectionQuery onPage(int number) {
        return new CorrectionQuery(done, number);
    }

    /** The list's address for this query; the defaults (open, page 1) are left out. */
    String href() {
        return uri().encode().build().toUriString();
    }

    /** The list's address with a report of what was just done, such as {@code marked=done&count=3}. */
    String hrefReporting(boolean markedDone, int count) {
        return uri().queryParam("marked", markedDone ? "done" : "open").queryParam("count", count)
                .encode().build().toUriString();
    }

    private UriComponentsBuilder uri() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        if (done) {
            uri.queryParam("state", DONE);
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri;
    }
}

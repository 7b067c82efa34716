package com.frameworkfork.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/**
 * The links of a paged back-office list for {@code site/pagination :: nav}: previous, next, the first
 * and last pages and the ones around the current page. {@code hrefOfPage} builds each page's address
 * with the list's search and filters, so following a link keeps them.
 *
 * @param number     the current page, from 1
 * @param firstItem  the position of the first row shown, from 1 (0 when the list is empty)
 */
public record Pagination(int number, int totalPages, long totalItems, long firstItem, long lastItem, Link previous,
                         Link next, List<Link> links) {

    private static final int AROUND_CURRENT = 2;

    /** One page's link; a gap in the numbers has neither number nor address. */
    public record Link(Integer number, String href, boolean current) {

        public boolean isGap() {
            return href == null;
        }
    }

    public static Pagination of(Page<?> page, IntFunction<String> hrefOfPage) {
        int number = page.getNumber() + 1;
        int totalPages = Math.max(1, page.getTotalPages());
        List<Link> links = new ArrayList<>();
        int previousShown = 0;
        for (int n = 1; n <= totalPages; n++) {
            boolean shown = n == 1 || n == totalPages || Math.abs(n - number) <= AROUND_CURRENT;
            if (!shown) {
                continue;
            }
            if (n > previousShown + 1) {
                links.add(new Link(null, null, false));
            }
            links.add(new Link(n, hrefOfPage.apply(n), n == number));
            previousShown = n;
        }
        long offset = (long) page.getNumber() * page.getSize();
        long first = page.getNumberOfElements() == 0 ? 0 : offset + 1;
        return new Pagination(number, totalPages, page.getTotalElements(), first, offset + page.getNumberOfElements(),
                number > 1 ? new Link(number - 1, hrefOfPage.apply(number - 1), false) : null,
                number < totalPages ? new Link(number + 1, hrefOfPage.apply(number + 1), false) : null,
                links);
    }
}

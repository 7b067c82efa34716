package com.frameworkfork.source;

import java.util.List;

/**
 * One page of the back office's source list, with the search that selected it.
 *
 * @param query the text searched for, or null for every source
 * @param kind  the kind the list is narrowed to, or null for every kind
 * @param page  1-based
 */
record SourceList(List<SourceAdminRow> rows, String query, SourceKind kind, int page, int pages, long total,
                  int pageSize) {

    public boolean filtered() {
        return query != null || kind != null;
    }

    public int firstShown() {
        return rows.isEmpty() ? 0 : (page - 1) * pageSize + 1;
    }

    public int lastShown() {
        return (page - 1) * pageSize + rows.size();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public List<SourceKind> kinds() {
        return List.of(SourceKind.values());
    }
}

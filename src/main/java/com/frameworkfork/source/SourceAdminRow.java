package com.frameworkfork.source;

import java.time.LocalDate;

/** One source as the back office's list shows it. */
record SourceAdminRow(long id, String code, String label, String title, String publisher, String date,
                      SourceKind kind, LocalDate checked) {

    static SourceAdminRow of(Source source) {
        SourceView view = SourceView.of(source);
        return new SourceAdminRow(source.getId(), source.getCode(), source.getLabel(), source.getTitle(),
                source.getPublisher(), view.date(), source.getKind(), source.getCheckedOn());
    }
}

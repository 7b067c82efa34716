package com.frameworkfork.source;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the back office's source editor sends. Text is trimmed and an empty field counts as not
 * given, so the same rules ({@link SourceFields#problems()}) apply as to the content files.
 */
class SourceForm {

    private String code;
    private String label;
    private String title;
    private String publisher;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate published;

    private String publishedLabel;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate checked;

    /** The kind's spelling in forms and files ({@link SourceKind#value()}); anything else counts as no choice. */
    private String kind;

    private String url;
    private String licence;
    private String note;

    static SourceForm of(Source source) {
        SourceForm form = new SourceForm();
        form.code = source.getCode();
        form.label = source.getLabel();
        form.title = source.getTitle();
        form.publisher = source.getPublisher();
        form.published = source.getPublishedOn();
        form.publishedLabel = source.getPublishedLabel();
        form.checked = source.getCheckedOn();
        form.kind = source.getKind() == null ? null : source.getKind().value();
        form.url = source.getUrl();
        form.licence = source.getLicence();
        form.note = source.getNote();
        return form;
    }

    SourceFields fields() {
        return new SourceFields(code, label, title, publisher, published, publishedLabel, checked,
                kind == null ? null : SourceKind.parse(kind).orElse(null), licence, url, note);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = given(code);
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = given(label);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = given(title);
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = given(publisher);
    }

    public LocalDate getPublished() {
        return published;
    }

    public void setPublished(LocalDate published) {
        this.published = published;
    }

    public String getPublishedLabel() {
        return publishedLabel;
    }

    public void setPublishedLabel(String publishedLabel) {
        this.publishedLabel = given(publishedLabel);
    }

    public LocalDate getChecked() {
        return checked;
    }

    public void setChecked(LocalDate checked) {
        this.checked = checked;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = given(kind);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = given(url);
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = given(licence);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = given(note);
    }
}

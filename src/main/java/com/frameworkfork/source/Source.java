package com.frameworkfork.source;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.envers.Audited;

/** Something the site's facts come from: release notes, documentation, a survey or an article. */
@Entity
@Audited
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The stable key content files cite it by; S1 to S5 for the five published comparisons. */
    private String code;

    /** The short name readers see on a citation. */
    private String label;

    private String title;

    private String publisher;

    private LocalDate publishedOn;

    /** When only a month or year is known, such as "June 2026"; shown instead of the date. */
    private String publishedLabel;

    private LocalDate checkedOn;

    @Enumerated(EnumType.STRING)
    private SourceKind kind;

    private String licence;

    private String url;

    private String note;

    protected Source() {
    }

    Source(String code) {
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getPublishedLabel() {
        return publishedLabel;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getLicence() {
        return licence;
    }

    public String getUrl() {
        return url;
    }

    public String getNote() {
        return note;
    }

    void change(SourceFields fields) {
        this.code = fields.code();
        this.label = fields.label();
        this.title = fields.title();
        this.publisher = fields.publisher();
        this.publishedOn = fields.published();
        this.publishedLabel = fields.publishedLabel();
        this.checkedOn = fields.checked();
        this.kind = fields.kind();
        this.licence = fields.licence();
        this.url = fields.url();
        this.note = fields.note();
    }

    SourceFields fields() {
        return new SourceFields(code, label, title, publisher, publishedOn, publishedLabel, checkedOn, kind, licence, url, note);
    }
}

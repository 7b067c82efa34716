package com.frameworkfork.source;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One of the published comparisons the site's facts come from, cited as S1 to S5. */
@Entity
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String title;

    private String publisher;

    private String publishedLabel;

    private String licence;

    private String url;

    private String note;

    protected Source() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getPublishedLabel() {
        return publishedLabel;
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
}

package com.frameworkfork.comparison;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Framework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    /** Null for a framework that is only mentioned, not compared release against release. */
    private String versionLabel;

    private String summary;

    protected Framework() {
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public String getSummary() {
        return summary;
    }
}

package com.frameworkfork.comparison;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import com.frameworkfork.source.Source;

/** A sourced aside under a section's table. */
@Entity
class SectionNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private ComparisonSection section;

    /** Set when the aside is about a framework outside the two compared; null otherwise. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    private String heading;

    private String body;

    private int position;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "section_note_source",
            joinColumns = @JoinColumn(name = "section_note_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("code")
    private Set<Source> sources = new LinkedHashSet<>();

    protected SectionNote() {
    }

    public Long getId() {
        return id;
    }

    public ComparisonSection getSection() {
        return section;
    }

    public Framework getFramework() {
        return framework;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }

    public int getPosition() {
        return position;
    }

    public Set<Source> getSources() {
        return sources;
    }
}

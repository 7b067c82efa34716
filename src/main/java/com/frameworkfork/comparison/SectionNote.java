package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

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

    @Column(name = "content_key")
    private String key;

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
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    protected SectionNote() {
    }

    SectionNote(String key) {
        this.key = key;
    }

    Long getId() {
        return id;
    }

    ComparisonSection getSection() {
        return section;
    }

    String getKey() {
        return key;
    }

    Framework getFramework() {
        return framework;
    }

    String getHeading() {
        return heading;
    }

    String getBody() {
        return body;
    }

    int getPosition() {
        return position;
    }

    List<Source> getSources() {
        return sources;
    }

    void change(ComparisonSection section, Framework about, String heading, String body, int position,
                List<Source> sources) {
        this.section = section;
        this.framework = about;
        this.heading = heading;
        this.body = body;
        this.position = position;
        this.sources = new ArrayList<>(sources);
    }
}

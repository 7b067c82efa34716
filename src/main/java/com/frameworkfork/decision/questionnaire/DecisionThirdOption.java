package com.frameworkfork.decision.questionnaire;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import com.frameworkfork.source.Source;

/** Another framework a verdict mentions when its condition holds, with the sources it cites. */
@Entity
class DecisionThirdOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int modelVersion;

    private String frameworkSlug;

    /** A {@link com.frameworkfork.decision.scoring.Condition} as written: "api=yes;admin=no|unsure". */
    private String shownWhen;

    private String heading;

    @Column(name = "body")
    private String text;

    private int position;

    @ManyToMany
    @JoinTable(name = "decision_third_option_source", joinColumns = @JoinColumn(name = "third_option_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new LinkedHashSet<>();

    protected DecisionThirdOption() {
    }

    DecisionThirdOption(int modelVersion, int position, String frameworkSlug, String shownWhen, String heading,
                        String text, Set<Source> sources) {
        this.modelVersion = modelVersion;
        this.position = position;
        this.frameworkSlug = frameworkSlug;
        this.shownWhen = shownWhen;
        this.heading = heading;
        this.text = text;
        this.sources = new LinkedHashSet<>(sources);
    }

    public int getModelVersion() {
        return modelVersion;
    }

    public String getFrameworkSlug() {
        return frameworkSlug;
    }

    public String getShownWhen() {
        return shownWhen;
    }

    public String getHeading() {
        return heading;
    }

    public String getText() {
        return text;
    }

    public int getPosition() {
        return position;
    }

    public Set<Source> getSources() {
        return sources;
    }
}

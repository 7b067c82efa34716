package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

import com.frameworkfork.source.Source;

/** A framework the site compares or mentions, with its supported releases, newest first. */
@Entity
class Framework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    private String summary;

    private String homepage;

    private String tutorialUrl;

    private String licence;

    private String supportPolicy;

    /** False for a framework that is only mentioned, never a column of a comparison. */
    private boolean compared;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FrameworkRelease> releases = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "framework_source",
            joinColumns = @JoinColumn(name = "framework_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    protected Framework() {
    }

    Framework(String slug) {
        this.slug = slug;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    String getSummary() {
        return summary;
    }

    String getHomepage() {
        return homepage;
    }

    String getTutorialUrl() {
        return tutorialUrl;
    }

    String getLicence() {
        return licence;
    }

    String getSupportPolicy() {
        return supportPolicy;
    }

    boolean isCompared() {
        return compared;
    }

    List<FrameworkRelease> getReleases() {
        return releases;
    }

    List<Source> getSources() {
        return sources;
    }

    void describe(String name, String summary, String homepage, String tutorialUrl, String licence,
                  String supportPolicy, boolean compared) {
        this.name = name;
        this.summary = summary;
        this.homepage = homepage;
        this.tutorialUrl = tutorialUrl;
        this.licence = licence;
        this.supportPolicy = supportPolicy;
        this.compared = compared;
    }

    /** A new list each time, so the stored citations are replaced as a whole rather than shuffled in place. */
    void citeSources(List<Source> cited) {
        this.sources = new ArrayList<>(cited);
    }

    /**
     * Brings the releases to these, matching them by version: a release that stays is updated in place
     * (a version is unique per framework, and the database deletes only after it inserts).
     */
    void replaceReleases(List<FrameworkRelease.Fields> wanted) {
        List<FrameworkRelease> kept = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            FrameworkRelease.Fields fields = wanted.get(i);
            FrameworkRelease release = releases.stream().filter(r -> r.getVersion().equals(fields.version()))
                    .findFirst().orElseGet(() -> new FrameworkRelease(this, fields.version()));
            release.change(fields, i + 1);
            kept.add(release);
        }
        releases.retainAll(kept);
        kept.stream().filter(r -> !releases.contains(r)).forEach(releases::add);
        releases.sort(Comparator.comparingInt(FrameworkRelease::getPosition));
    }

    /** How a value's history shows its framework: frameworks have no history of their own to name them by. */
    @Override
    public String toString() {
        return name;
    }
}

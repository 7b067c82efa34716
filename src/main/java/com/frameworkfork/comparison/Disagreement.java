package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** Sources that say different things about the same point, side by side, and why they likely differ. */
@Entity
class Disagreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private ComparisonSection section;

    @Column(name = "content_key")
    private String key;

    private String topic;

    private String explanation;

    private int position;

    @OneToMany(mappedBy = "disagreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DisagreementSide> sides = new ArrayList<>();

    protected Disagreement() {
    }

    Disagreement(String key) {
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

    String getTopic() {
        return topic;
    }

    String getExplanation() {
        return explanation;
    }

    int getPosition() {
        return position;
    }

    List<DisagreementSide> getSides() {
        return sides;
    }

    void change(ComparisonSection section, String topic, String explanation, int position) {
        this.section = section;
        this.topic = topic;
        this.explanation = explanation;
        this.position = position;
    }

    /** Sides have no key of their own: they are the disagreement's, rewritten with it in order. */
    DisagreementSide side(int index) {
        while (sides.size() <= index) {
            sides.add(new DisagreementSide(this, sides.size() + 1));
        }
        return sides.get(index);
    }

    void keepSides(int count) {
        while (sides.size() > count) {
            sides.remove(sides.size() - 1);
        }
    }
}

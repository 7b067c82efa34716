package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.List;

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

/** One side of a disagreement: a claim and every source that makes it. */
@Entity
class DisagreementSide {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "disagreement_id")
    private Disagreement disagreement;

    private String claim;

    private int position;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "disagreement_side_source",
            joinColumns = @JoinColumn(name = "disagreement_side_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    protected DisagreementSide() {
    }

    DisagreementSide(Disagreement disagreement, int position) {
        this.disagreement = disagreement;
        this.position = position;
    }

    String getClaim() {
        return claim;
    }

    int getPosition() {
        return position;
    }

    List<Source> getSources() {
        return sources;
    }

    void change(String claim, List<Source> sources) {
        this.claim = claim;
        this.sources = new ArrayList<>(sources);
    }
}

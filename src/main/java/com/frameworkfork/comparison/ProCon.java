package com.frameworkfork.comparison;

import com.frameworkfork.article.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A strength ({@code pro}) or weakness of one framework, as one source puts it. */
@Entity
public class ProCon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comparison_id")
    private Comparison comparison;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Column(name = "is_pro")
    private boolean pro;

    private String statement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    private int position;

    protected ProCon() {
    }

    public Long getId() {
        return id;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public Framework getFramework() {
        return framework;
    }

    public boolean isPro() {
        return pro;
    }

    public String getStatement() {
        return statement;
    }

    public Source getSource() {
        return source;
    }

    public int getPosition() {
        return position;
    }
}

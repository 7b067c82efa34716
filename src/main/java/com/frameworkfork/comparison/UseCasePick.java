package com.frameworkfork.comparison;

import com.frameworkfork.article.Source;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A source's recommendation of one framework for one kind of project. */
@Entity
public class UseCasePick {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comparison_id")
    private Comparison comparison;

    private String useCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    private String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    private int position;

    protected UseCasePick() {
    }

    public Long getId() {
        return id;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public String getUseCase() {
        return useCase;
    }

    public Framework getFramework() {
        return framework;
    }

    public String getReason() {
        return reason;
    }

    public Source getSource() {
        return source;
    }

    public int getPosition() {
        return position;
    }
}

package com.frameworkfork.comparison;

import com.frameworkfork.article.Source;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One reported workload; the figures per framework are {@link BenchmarkResult}s. */
@Entity
public class Benchmark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comparison_id")
    private Comparison comparison;

    private String workload;

    private String unit;

    private String setup;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    /** Whether the figures share the chart's scale and way of measuring. */
    private boolean charted;

    private int position;

    protected Benchmark() {
    }

    public Long getId() {
        return id;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public String getWorkload() {
        return workload;
    }

    public String getUnit() {
        return unit;
    }

    public String getSetup() {
        return setup;
    }

    public Source getSource() {
        return source;
    }

    public boolean isCharted() {
        return charted;
    }

    public int getPosition() {
        return position;
    }
}

package com.frameworkfork.comparison;

import jakarta.persistence.Entity;

/** One reported workload; the figures per framework are {@link BenchmarkResult}s. */
@Entity
class Benchmark extends SourcedComparisonRow {

    private String workload;

    private String unit;

    private String setup;

    /** Whether the figures share the chart's scale and way of measuring. */
    private boolean charted;

    protected Benchmark() {
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

    public boolean isCharted() {
        return charted;
    }
}

package com.frameworkfork.comparison;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;

/** One reported workload; the figures per framework are {@link BenchmarkResult}s. */
@Entity
class Benchmark extends SourcedComparisonRow {

    private String workload;

    private String unit;

    /** What was measured and how, as the source describes it. */
    private String setup;

    /** Why the figures are doubtful, or null; a doubtful benchmark is never charted. */
    private String doubt;

    /** Whether the figures share the chart's scale and way of measuring. */
    private boolean charted;

    @OneToMany(mappedBy = "benchmark", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<BenchmarkResult> results = new ArrayList<>();

    protected Benchmark() {
    }

    Benchmark(Comparison comparison, String key) {
        super(comparison, key);
    }

    String getWorkload() {
        return workload;
    }

    String getUnit() {
        return unit;
    }

    String getSetup() {
        return setup;
    }

    String getDoubt() {
        return doubt;
    }

    boolean isCharted() {
        return charted;
    }

    /** Charted only when marked so and not doubtful: a doubtful figure is not drawn as if measured. */
    boolean isChartable() {
        return charted && doubt == null;
    }

    List<BenchmarkResult> getResults() {
        return results;
    }

    void change(String workload, String unit, String setup, String doubt, boolean charted) {
        this.workload = workload;
        this.unit = unit;
        this.setup = setup;
        this.doubt = doubt;
        this.charted = charted;
    }

    /** The figure for this framework, created if it has none yet (one figure per framework). */
    BenchmarkResult resultFor(Framework framework) {
        return results.stream().filter(r -> r.getFramework().getSlug().equals(framework.getSlug())).findFirst()
                .orElseGet(() -> {
                    BenchmarkResult result = new BenchmarkResult(this, framework);
                    results.add(result);
                    return result;
                });
    }

    void keepResultsFor(List<String> frameworkSlugs) {
        results.removeIf(r -> !frameworkSlugs.contains(r.getFramework().getSlug()));
    }
}

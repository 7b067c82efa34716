package com.frameworkfork.comparison;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One framework's figure for a benchmark: a single number, or a range when the source gives one. */
@Entity
class BenchmarkResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "benchmark_id")
    private Benchmark benchmark;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    private BigDecimal lowAmount;

    /** Null for a single figure. */
    private BigDecimal highAmount;

    private String serverLabel;

    protected BenchmarkResult() {
    }

    BenchmarkResult(Benchmark benchmark, Framework framework) {
        this.benchmark = benchmark;
        this.framework = framework;
    }

    Benchmark getBenchmark() {
        return benchmark;
    }

    Framework getFramework() {
        return framework;
    }

    BigDecimal getLowAmount() {
        return lowAmount;
    }

    BigDecimal getHighAmount() {
        return highAmount;
    }

    String getServerLabel() {
        return serverLabel;
    }

    void change(BigDecimal low, BigDecimal high, String serverLabel) {
        this.lowAmount = low;
        this.highAmount = high;
        this.serverLabel = serverLabel;
    }
}

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

    public Long getId() {
        return id;
    }

    public Benchmark getBenchmark() {
        return benchmark;
    }

    public Framework getFramework() {
        return framework;
    }

    public BigDecimal getLowAmount() {
        return lowAmount;
    }

    public BigDecimal getHighAmount() {
        return highAmount;
    }

    public String getServerLabel() {
        return serverLabel;
    }
}

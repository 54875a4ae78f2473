package org.koldoo.organisations.internal;

/** Latencies of one phase and how many requests failed. */
record BenchPhase(double rps, double p99Ms, long errors) {}

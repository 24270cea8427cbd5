package dev.parley.it.harness;

/** Percentiles of latencies for benchmarks. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The value at a fraction (0.99 for p99) of sorted microseconds, in milliseconds. */
    public static double millis(long[] sortedMicros, double fraction) {
        int index = (int) Math.min(sortedMicros.length - 1, Math.ceil(fraction * sortedMicros.length) - 1);
        return sortedMicros[Math.max(0, index)] / 1000.0;
    }
}

package io.cadbridge.benchmarks;

import java.util.stream.LongStream;

/** Durations in microseconds, sorted, read by nearest-rank percentiles. */
final class Distribution {

    private final long[] sorted;

    private Distribution(long[] sorted) {
        this.sorted = sorted;
    }

    static Distribution of(LongStream micros) {
        return new Distribution(micros.sorted().toArray());
    }

    int count() {
        return sorted.length;
    }

    /** The smallest value that at least {@code percent} % of the values do not exceed; 0 when empty. */
    long percentile(double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    long max() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    /** "p50 1.23 · p90 … · p99 … · max … ms". */
    String inMillis() {
        return count() == 0
                ? "no values"
                : "p50 %s · p90 %s · p99 %s · max %s ms"
                        .formatted(
                                millis(percentile(50)), millis(percentile(90)), millis(percentile(99)), millis(max()));
    }

    static String millis(long micros) {
        return "%.2f".formatted(micros / 1000.0);
    }
}

package io.cadbridge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The arithmetic behind the report; the benchmarks themselves only run from benchmarks/run. */
class ReportArithmeticTest {

    @Test
    void percentilesAreNearestRank() {
        Distribution hundred = Distribution.of(LongStream.rangeClosed(1, 100).map(value -> 101 - value));

        assertThat(hundred.percentile(50)).isEqualTo(50);
        assertThat(hundred.percentile(99)).isEqualTo(99);
        assertThat(hundred.percentile(0)).isEqualTo(1);
        assertThat(hundred.max()).isEqualTo(100);
        assertThat(Distribution.of(LongStream.of(7)).percentile(99)).isEqualTo(7);
        assertThat(Distribution.of(LongStream.empty()).inMillis()).isEqualTo("no values");
    }

    @Test
    void durationsAreShownInMilliseconds() {
        assertThat(Distribution.of(LongStream.of(1_500, 2_000, 12_345)).inMillis())
                .isEqualTo("p50 2.00 · p90 12.35 · p99 12.35 · max 12.35 ms");
    }

    @Test
    void ratesArePerSecondOfMicroseconds() {
        assertThat(Figures.perSecond(5_000, 2_000_000)).isEqualTo(2_500);
        assertThat(Figures.perSecond(5_000, 0)).isZero();
    }

    @Test
    void theGcLogGivesTheHeapBeforeAndAfterEachPause() {
        HeapWatch.Heap heap = HeapWatch.readGcLog(List.of(
                "[0.012s][info][gc] Using G1",
                "[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 120M->31M(512M) 4.210ms",
                "[2.345s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 200M->45M(512M) 1.790ms",
                "[2.400s][info][gc] GC(2) Concurrent Mark Cycle 12.001ms"));

        assertThat(heap.maxBeforeGcMb()).isEqualTo(200);
        assertThat(heap.maxAfterGcMb()).isEqualTo(45);
        assertThat(heap.pauses()).isEqualTo(2);
        assertThat(heap.pauseMs()).isCloseTo(6.0, within(1e-9));
    }
}

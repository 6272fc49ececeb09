package io.cadbridge.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Events whose CAD became visible in each second after the first event was sent, and the seconds in
 * which nothing became visible although accepted events were waiting.
 */
record WarmUpCurve(long[] perSecond, int stalledSeconds, Duration healthyAfter) {

    private static final int FIRST = 15;

    static WarmUpCurve of(SendLog log, List<BenchDatabase.Completion> completions, Duration healthyAfter) {
        long start = log.firstSentMicros();
        int seconds = (int) Math.max(1, (log.lastAnsweredMicros() - start) / 1_000_000);
        long[] done = committedPerSecond(completions, start, seconds);
        long[] accepted = new long[seconds];
        for (BenchDatabase.Completion completion : completions) {
            int second = (int) ((completion.acceptedMicros() - start) / 1_000_000);
            if (second >= 0 && second < seconds) {
                accepted[second]++;
            }
        }
        int stalled = 0;
        long acceptedSoFar = 0;
        long doneSoFar = 0;
        for (int second = 0; second < seconds; second++) {
            acceptedSoFar += accepted[second];
            if (done[second] == 0 && acceptedSoFar > doneSoFar) {
                stalled++;
            }
            doneSoFar += done[second];
        }
        return new WarmUpCurve(done, stalled, healthyAfter);
    }

    /** The completions committed in each of the {@code seconds} whole seconds after {@code startMicros}. */
    static long[] committedPerSecond(List<BenchDatabase.Completion> completions, long startMicros, int seconds) {
        long[] done = new long[seconds];
        for (BenchDatabase.Completion completion : completions) {
            long second = (completion.committedMicros() - startMicros) / 1_000_000;
            if (second >= 0 && second < seconds) {
                done[(int) second]++;
            }
        }
        return done;
    }

    /** The mean rate of the first 15 s. */
    double first() {
        return mean(0, Math.min(FIRST, perSecond.length));
    }

    /** The steady rate: the mean of the last third of the load. */
    double steady() {
        return mean(perSecond.length * 2 / 3, perSecond.length);
    }

    String describe(String label) {
        String seconds = Arrays.stream(perSecond).mapToObj(Long::toString).collect(Collectors.joining(" "));
        return "- **%s**: healthy %.1f s after start; first 15 s **%,.0f**/s, steady (last third) **%,.0f**/s, ratio **%.2f**; %d second(s) without progress while work waited%n  per second: %s"
                .formatted(
                        label,
                        healthyAfter.toMillis() / 1000.0,
                        first(),
                        steady(),
                        first() / Math.max(1, steady()),
                        stalledSeconds,
                        seconds);
    }

    private double mean(int from, int to) {
        return IntStream.range(from, to).mapToLong(i -> perSecond[i]).average().orElse(0);
    }
}

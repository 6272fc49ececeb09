package io.cadbridge.benchmarks;

import io.cadbridge.benchmarks.BenchDatabase.Completion;
import io.cadbridge.benchmarks.BenchDatabase.Counters;
import io.cadbridge.benchmarks.BenchDatabase.Statements;
import io.cadbridge.benchmarks.CpuWatch.Split;
import io.cadbridge.benchmarks.HeapWatch.Heap;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * What one measured phase produced. Event → CAD visible is {@code job.finished_at} − the client's send
 * time − the CRM's latency: the time cadbridge itself added; {@code visible} is the same up to the commit
 * of the job's last transaction. Its parts come from the service's tables.
 */
record Figures(
        int sent,
        long accepted,
        Map<Integer, Integer> statuses,
        double acceptedPerSecond,
        long completed,
        double completedPerSecond,
        Distribution answer,
        Distribution overhead,
        Distribution visible,
        Distribution accepting,
        Distribution queued,
        Distribution calling,
        Distribution finishing,
        Crm crm,
        Heap heap,
        boolean outOfMemory,
        Split cpu,
        Counters database,
        Statements statements) {

    record Crm(long calls, int maxInFlight) {}

    static Figures of(
            SendLog log,
            List<Completion> completions,
            Duration crmLatency,
            Crm crm,
            Heap heap,
            boolean outOfMemory,
            Split cpu,
            Counters database,
            Statements statements) {
        long latency = crmLatency.toNanos() / 1_000;
        long first = log.firstSentMicros();
        long accepted = log.acceptedCount();
        long lastFinished =
                completions.stream().mapToLong(Completion::finishedMicros).max().orElse(first);
        List<Completion> traced = completions.stream()
                .filter(done -> done.acceptedMicros() >= 0 && done.runStartedMicros() >= 0 && done.runMicros() >= 0)
                .toList();
        return new Figures(
                log.count(),
                accepted,
                log.statusCounts(),
                perSecond(accepted, log.lastAnsweredMicros() - first),
                completions.size(),
                perSecond(completions.size(), lastFinished - first),
                Distribution.of(Arrays.stream(log.answerMicros())),
                Distribution.of(completions.stream()
                        .mapToLong(done -> done.finishedMicros() - log.sentMicros(done.event()) - latency)),
                Distribution.of(completions.stream()
                        .filter(done -> done.committedMicros() >= 0)
                        .mapToLong(done -> done.committedMicros() - log.sentMicros(done.event()) - latency)),
                spread(traced, done -> done.acceptedMicros() - log.sentMicros(done.event())),
                spread(traced, done -> done.runStartedMicros() - done.acceptedMicros()),
                spread(traced, done -> done.runMicros() - latency),
                spread(traced, done -> done.finishedMicros() - done.runStartedMicros() - done.runMicros()),
                crm,
                heap,
                outOfMemory,
                cpu,
                database,
                statements);
    }

    static double perSecond(long count, long micros) {
        return micros <= 0 ? 0 : count * 1e6 / micros;
    }

    private static Distribution spread(List<Completion> completions, ToLongFunction<Completion> micros) {
        return Distribution.of(completions.stream().mapToLong(micros));
    }

    double perAcceptedEvent(long count) {
        return accepted == 0 ? 0 : (double) count / accepted;
    }
}

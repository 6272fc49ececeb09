package io.cadbridge.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * One benchmark: the CRM's latency, the load, a warm-up (same load, not measured) and the target.
 * Durations and sizes can be changed with system properties (see benchmarks/README.md).
 */
record Scenario(String name, Duration crmLatency, Load load, Duration warmUp, Target target) {

    static final List<String> NAMES = List.of("throughput", "latency", "inflight");

    /**
     * The benchmark integration's {@code resilience.maxConcurrentCalls} when {@code bench.max-concurrent-calls}
     * is set (a tuned run, reported beside the default one); otherwise none: the service's default applies.
     */
    static OptionalInt maxConcurrentCalls() {
        String value = System.getProperty("bench.max-concurrent-calls");
        return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.strip()));
    }

    record Target(String description, Predicate<Figures> isMet) {}

    static Scenario named(String name) {
        return switch (name) {
            case "throughput" ->
                new Scenario(
                        name,
                        crmLatency(0),
                        new Load.Closed(setting("senders", 64), seconds(60), setting("events", 200_000)),
                        warmUp(10),
                        new Target(
                                "≥ 5,000 events/s accepted durably", figures -> figures.acceptedPerSecond() >= 5_000));
            case "latency" ->
                new Scenario(
                        name,
                        crmLatency(0),
                        new Load.Open(setting("rate", 500), seconds(60)),
                        // At 500 events/s the JIT compiles the hot path for about 40 s (C2 had a third of the
                        // service's CPU 15-35 s after its start): a shorter warm-up measures the compiler's
                        // tail, not the service's. How fast it warms is the warmup benchmark's question.
                        warmUp(40),
                        new Target(
                                "p99 event → CAD visible overhead ≤ 5 ms",
                                figures -> figures.overhead().percentile(99) <= 5_000));
            case "inflight" ->
                new Scenario(
                        name,
                        crmLatency(250),
                        new Load.Closed(setting("senders", 64), seconds(30), setting("events", 100_000)),
                        warmUp(5),
                        new Target(
                                "≥ 2,000 CRM calls in flight at once, heap ≤ 512 MB",
                                figures -> figures.crm().maxInFlight() >= 2_000
                                        && figures.heap().maxUsedMb() <= 512
                                        && !figures.outOfMemory()));
            default ->
                throw new IllegalArgumentException("unknown scenario '" + name + "'; one of " + NAMES + " or all");
        };
    }

    /** Events from Kafka to CAD visible, next to {@code throughput}: the same CRM, integration and service. */
    static Scenario kafka(BenchKafka kafka) {
        return new Scenario(
                "kafka",
                crmLatency(0),
                new Load.Kafka(kafka, setting("lead", 10_000), seconds(60), setting("events", 200_000)),
                warmUp(10),
                new Target(
                        "≥ 5,000 events/s from Kafka to CAD visible",
                        figures -> figures.completedPerSecond() >= 5_000));
    }

    static int setting(String name, int defaultValue) {
        return Integer.getInteger("bench." + name, defaultValue);
    }

    private static Duration seconds(int defaultSeconds) {
        return Duration.ofSeconds(setting("seconds", defaultSeconds));
    }

    private static Duration warmUp(int defaultSeconds) {
        return Duration.ofSeconds(setting("warmup", defaultSeconds));
    }

    private static Duration crmLatency(int defaultMillis) {
        return Duration.ofMillis(setting("crm-ms", defaultMillis));
    }
}

package io.cadbridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Issue 16's "≥ 2,000 calls in flight to a 250 ms CRM, heap ≤ 512 MB" as a restart meets it: a queue
 * already holds a backlog, and the service takes as much of it at once as it is allowed. Holding 2,000
 * calls for 250 ms without a backlog needs 8,000 new events a second (Little's law), more than two
 * cores process; the {@code inflight} scenario measures that sustained case.
 *
 * <p>An earlier run of the service, under {@code bench.warmup} seconds (default 10) of load, records the
 * AOT cache as {@code ./cadbridge run}'s first start does. A second process, using it, accepts
 * {@code bench.events} events (default 10,000) while running one job at a time
 * ({@code CADBRIDGE_MAX_IN_FLIGHT=1}), so they queue; it stops as Ctrl-C stops it. A third, with the cache
 * and the service's defaults, on the same database and data directory, then drains the queue; the local
 * CRM counts its calls in flight, {@code jstat} and the GC log its heap.
 */
final class BacklogDrain {

    private static final Duration CRM_LATENCY = Duration.ofMillis(Scenario.setting("crm-ms", 250));
    private static final Duration WARM_UP = Duration.ofSeconds(Scenario.setting("warmup", 10));

    private final Path repository;
    private final int events = Scenario.setting("events", 10_000);

    BacklogDrain(Path repository) {
        this.repository = repository;
    }

    String run() throws IOException, SQLException, InterruptedException {
        Path runDirectory = ScenarioRun.runDirectory(repository, "backlog");
        String dataDirectory = runDirectory.resolve("service-data").toString();
        Map<String, String> sharedData = Map.of("CADBRIDGE_DATA_DIR", dataDirectory);
        try (BenchDatabase database = BenchDatabase.start(runDirectory.resolve("postgres"));
                LocalCrm crm = LocalCrm.start(CRM_LATENCY)) {
            int port = ScenarioRun.freePort();
            Path cache = runDirectory.resolve("cadbridge.aot");
            // An earlier run under load, as a service restarted in production had: it records the AOT cache.
            try (ServiceProcess earlier = ServiceProcess.start(
                    repository,
                    Files.createDirectories(runDirectory.resolve("earlier")),
                    database,
                    port,
                    sharedData,
                    aotCache("-XX:AOTCacheOutput=" + cache))) {
                ServiceApi api = new ServiceApi(port, ServiceProcess.TOKEN);
                api.createIntegration(crm.customersUrl(), Scenario.maxConcurrentCalls());
                ScenarioRun.progress("an earlier run: " + WARM_UP.toSeconds() + " s of load");
                ScenarioRun.awaitDone(database, new Load.Closed(64, WARM_UP, 1_000_000).run(api, "earlier", WARM_UP));
            }
            List<String> withCache = Files.exists(cache) ? aotCache("-XX:AOTCache=" + cache) : List.of();
            SendLog log;
            try (ServiceProcess queueing = ServiceProcess.start(
                    repository,
                    Files.createDirectories(runDirectory.resolve("queueing")),
                    database,
                    port,
                    Map.of("CADBRIDGE_DATA_DIR", dataDirectory, "CADBRIDGE_MAX_IN_FLIGHT", "1"),
                    withCache)) {
                ServiceApi api = new ServiceApi(port, ServiceProcess.TOKEN);
                ScenarioRun.progress("queueing " + events + " events behind one job at a time");
                log = new Load.Closed(64, Duration.ofMinutes(5), events).run(api, "backlog", Duration.ofMinutes(5));
            }
            long queued = log.acceptedCount() - database.doneJobs(log.prefix());
            crm.resetCounters();
            Path draining = Files.createDirectories(runDirectory.resolve("draining"));
            long started = System.nanoTime();
            long startedMicros = SendLog.epochMicros();
            try (ServiceProcess second =
                            ServiceProcess.start(repository, draining, database, port, sharedData, withCache);
                    HeapWatch heap = HeapWatch.start(second.pid())) {
                Duration healthyAfter = Duration.ofNanos(System.nanoTime() - started);
                ScenarioRun.progress("draining " + queued + " queued events after a restart");
                ScenarioRun.awaitDone(database, log);
                HeapWatch.Heap used = heap.stop(second.gcLog());
                long[] perSecond = perSecond(database.completions(log.prefix()), startedMicros);
                return report(
                        Report.Environment.describe(database.serverVersion()),
                        withCache.isEmpty() ? "without an AOT cache" : "with the AOT cache the earlier run recorded",
                        queued,
                        healthyAfter,
                        crm.maxInFlight(),
                        used,
                        second.ranOutOfMemory(),
                        perSecond);
            }
        }
    }

    private static String report(
            Report.Environment environment,
            String cache,
            long queued,
            Duration healthyAfter,
            int maxInFlight,
            HeapWatch.Heap heap,
            boolean outOfMemory,
            long[] perSecond) {
        boolean met = maxInFlight >= 2_000 && heap.maxUsedMb() <= 512 && !outOfMemory;
        int drainSeconds = perSecond.length;
        long drained = Arrays.stream(perSecond).sum();
        // Whole seconds after the service answered its health check, until the queue was empty.
        int healthySecond = (int) Math.min(drainSeconds, healthyAfter.toSeconds() + 1);
        long idleSeconds = Arrays.stream(perSecond, healthySecond, drainSeconds)
                .filter(done -> done == 0)
                .count();
        return """
                ### backlog (issue 16: ≥ 2,000 CRM calls in flight to a 250 ms CRM, heap ≤ 512 MB, after a restart)

                %s · %s · %s · %s

                `%s`

                - **Target**: ≥ 2,000 CRM calls in flight at once, heap ≤ 512 MB — %s
                - **Queued** by a first process running one job at a time: %,d events; CRM latency %d ms; %s
                - **Restart** %s: healthy %.1f s after start; CRM calls in flight at most **%,d**
                - **Heap** (-Xmx512m): max used %.0f MB, max after GC %.0f MB, %d GC pauses %.0f ms%s
                - **Drained** %,d events in %d s after the start (%,.0f/s); %d whole second(s) without progress once healthy
                - per second from the start: %s
                """.formatted(
                        environment.date(),
                        environment.machine(),
                        environment.jdk(),
                        environment.postgres(),
                        environment.command(),
                        met ? "MET" : "MISSED",
                        queued,
                        CRM_LATENCY.toMillis(),
                        Scenario.maxConcurrentCalls().isPresent()
                                ? "the integration's maxConcurrentCalls "
                                        + Scenario.maxConcurrentCalls().getAsInt() + " (tuned)"
                                : "the integration's default bulkhead",
                        cache,
                        healthyAfter.toMillis() / 1000.0,
                        maxInFlight,
                        heap.maxUsedMb(),
                        heap.maxAfterGcMb(),
                        heap.pauses(),
                        heap.pauseMs(),
                        outOfMemory ? "; **OutOfMemoryError**" : "",
                        drained,
                        drainSeconds,
                        drained / (double) Math.max(1, drainSeconds),
                        idleSeconds,
                        Arrays.stream(perSecond).mapToObj(Long::toString).collect(Collectors.joining(" ")));
    }

    /** Events committed in each second after {@code startMicros}, up to the last one. */
    private static long[] perSecond(List<BenchDatabase.Completion> completions, long startMicros) {
        long last = completions.stream()
                .mapToLong(BenchDatabase.Completion::committedMicros)
                .max()
                .orElse(startMicros);
        return WarmUpCurve.committedPerSecond(completions, startMicros, 1 + (int) ((last - startMicros) / 1_000_000));
    }

    /** As {@code ./cadbridge run} does on a JDK >= 25: the first start records the AOT cache, the next uses it. */
    private static List<String> aotCache(String option) {
        return Runtime.version().feature() >= 25 ? List.of(option) : List.of();
    }
}
